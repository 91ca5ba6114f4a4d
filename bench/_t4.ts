import { currentEngine } from '../src/core/activeEngine';
const e = currentEngine();
const ins = [['iso 9001','China'],['ISO 45001','Brasil'],['iec 60601-1','USA']];
for(let i=0;i<3_000_000;i++){const [a,b]=ins[i%3]; e.equivalent([[a]],[[b]]);}
