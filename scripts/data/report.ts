import { Catalog } from '../../src/core/dataset/catalog';
import { compileDataset } from './compile';

/** Coverage per jurisdiction, the derived share, thin jurisdictions and every warning the compile step raised. */
const { dataset, problems } = compileDataset();
const catalog = new Catalog(dataset);
const byPlace = new Map<string, { cited: number; derived: number }>();
for (const a of catalog.adoptions) {
  const entry = byPlace.get(a.jurisdiction) ?? { cited: 0, derived: 0 };
  entry[a.provenance === 'derived' ? 'derived' : 'cited']++;
  byPlace.set(a.jurisdiction, entry);
}
const derived = catalog.adoptions.filter((a) => a.provenance === 'derived').length;
const keys = new Set(dataset.standards.map((s) => s.id.replace(/:\d{4}$/, '')));
console.log(`Dataset ${dataset.version} (${dataset.date}), checksum ${dataset.checksum}`);
console.log(`Editions: ${dataset.standards.length} (${dataset.standards.filter((s) => s.evidencedByAdoption).length} evidenced only by an adoption) of ${keys.size} standards`);
console.log(`Adoptions: ${catalog.adoptions.length}: ${catalog.adoptions.length - derived} cited, ${derived} derived (${((100 * derived) / catalog.adoptions.length).toFixed(1)}% derived)`);
console.log(`Jurisdictions with at least one adoption: ${byPlace.size}; derivation rules: ${dataset.rules.length}`);
console.log(`Harmonised citations: ${dataset.harmonised.length}; FDA recognitions: ${dataset.fda.length}; scheme memberships: ${dataset.recognition.length}`);
console.log(`NIST crosswalk links: ${dataset.crosswalks.map((c) => `${c.fromFramework} -> ${c.toFramework} ${c.links.length}`).join('; ')}`);
console.log('\njurisdiction  cited  derived');
for (const [code, n] of [...byPlace.entries()].sort()) console.log(`${code.padEnd(12)}  ${String(n.cited).padStart(5)}  ${String(n.derived).padStart(7)}`);
const thin = [...byPlace.entries()].filter(([, n]) => n.cited < 3).map(([c]) => c);
console.log(`\nThin (fewer than 3 cited records): ${thin.join(' ')}`);
console.log(`\n${problems.warnings.length} warnings:`);
for (const w of problems.warnings) console.log(`  ${w.where}: ${w.message}`);
