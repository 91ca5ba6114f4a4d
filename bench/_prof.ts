import { loadBuiltFunctions } from '/work/main/bench/builtBundle';
const b = loadBuiltFunctions('/tmp/distnm/functions.js');
import { MESSY_PAIRS } from '/work/main/bench/inputs';
const ins = MESSY_PAIRS.map(([a,c])=>[[[a]],[[c]]]);
let x;
for(let i=0;i<10_000_000;i++){const [a,c]=ins[i%ins.length]; x=b.EQUIVALENT(a,c);}
