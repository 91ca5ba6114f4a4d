import { benchScalar } from './scalar';
import { loadBuiltFunctions } from './builtBundle';
const b = loadBuiltFunctions('dist/functions.js');
const x = benchScalar(); console.log('src', x.viaEntryPoint.median, x.rawMapGet.median, x.ratio.median);
const y = benchScalar(b.EQUIVALENT); console.log('dist', y.viaEntryPoint.median, y.rawMapGet.median, y.ratio.median);
