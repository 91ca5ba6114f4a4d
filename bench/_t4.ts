import { installCustomFunctionsShim } from '../src/cli/customFunctionsShim';
installCustomFunctionsShim();
import * as f from '../src/functions/functions';
const ins = [['iso 9001','China'],['ISO 45001','Brasil'],['iec 60601-1','USA']].map(([a,b])=>[[[a]],[[b]]]);
for(let i=0;i<10_000_000;i++){const [a,b]=ins[i%3]; f.equivalent(a,b);}
