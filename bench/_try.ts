import { launch } from './browser';
import { engineFigures } from './engine';
import { ioFigures } from './io';
import { todayFigures } from './today';

const b = await launch(true);
try {
  console.log(await todayFigures(b));
  console.log(await engineFigures(b));
  console.log(await ioFigures(b));
} finally {
  await b.close();
}
