import { benchScalar } from './scalar';
console.log(benchScalar());
