import { launch } from './browser';
import { findFigures } from './find';
const b = await launch(false);
try { console.log(await findFigures(b)); } finally { await b.close(); }
