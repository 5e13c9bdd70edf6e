import { launch } from './browser';
import { todayFigures } from './today';
import { engineFigures } from './engine';
import { ioFigures } from './io';
const b = await launch(true);
try { console.log(await todayFigures(b)); console.log(await engineFigures(b)); console.log(await ioFigures(b)); } finally { await b.close(); }
