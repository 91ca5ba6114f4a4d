import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AdoptionStatus,
  CompiledAbsence,
  CompiledAdoption,
  CompiledDataset,
  CompiledStandard,
  Correspondence,
  FdaIncorporation,
  FdaRecognition,
  HarmonisedCitation,
  SchemeMembership,
  UnlinkedCitation,
} from '../../src/core/dataset/types';
import { Catalog } from '../../src/core/dataset/catalog';
import { parseStandardId } from '../../src/core/identifiers/parseStandardId';
import { encodeChange } from '../../src/core/dataset/changes';
import { changelog } from './changelog';
import { compileFamilies } from './compileFamilies';
import { readSnapshots, snapshotOf } from './releaseSnapshot';
import { compileCrosswalks } from './compileCrosswalks';
import { compileJurisdictions } from './compileJurisdictions';
import { DESIGNATION_PATTERNS } from './designationPatterns';
import { Problems } from './problems';
import { checkDisagreements } from './disagreements';
import { checkAmendedEns } from './amendedEnRecords';
import { applyCorrespondenceRules } from './compileCorrespondence';
import { COMMITTEE, checkRulesAgainstCited, compileRules } from './compileRules';
import { DATA_DIR, type SourceRow, readRows, sharedDataDir } from './readSources';
import { futureEntryIntoForce } from './entryIntoForce';
import { addWebstoreEditions } from './webstoreEditions';
import { sourceAddressProblem } from './sourceAddress';
import { pushTo } from '../../src/core/multiMap';

const CORRESPONDENCE = new Set(['IDT', 'MOD', 'NEQ']);
const STATUSES = new Set(['', 'current', 'withdrawn']);
const ADOPTION_STATUSES = new Set(['', 'current', 'superseded', 'withdrawn', 'upcoming']);
const SCHEMES = new Set(['IAF-MLA', 'ILAC-MRA', 'IECEE-CB', 'EU-MRA']);
/**
 * A designation naming amendment A1-A9 or AMD n ("BS EN 61000-3-3:2013+A1:2019", "& A1:2006") is a consolidation
 * with an ISO/IEC amendment, so without `adopts` it would answer for the base edition alone. CEN and CENELEC number
 * their own amendments from A11, and those leave the international text as it was.
 */
const NAMES_AMENDMENT = /[+/&]\s?(A\s?[1-9](?!\d)|AMD\s?\d)/i;

export interface Compilation {
  dataset: CompiledDataset;
  problems: Problems;
}

/** Checks that an id is a canonical edition id: parsing it gives the same text back. */
function canonicalEdition(id: string): string | null {
  const parsed = parseStandardId(id);
  if (!parsed || !parsed.publisher || parsed.year === null || parsed.adoptionPrefix) return null;
  const canonical = `${parsed.key}:${parsed.year}`;
  return canonical === id ? canonical : null;
}

class Compiler {
  readonly problems = new Problems();
  private readonly sources: string[] = [];
  private readonly sourceIndex = new Map<string, number>();
  private readonly thisYear: number;

  constructor(
    private readonly dataDir: string,
    private readonly sharedDir: string,
    private readonly meta: { version: string; date: string },
  ) {
    this.thisYear = Number(meta.date.slice(0, 4));
  }

  intern = (url: string): number => {
    let i = this.sourceIndex.get(url);
    if (i === undefined) {
      i = this.sources.length;
      this.sources.push(url);
      this.sourceIndex.set(url, i);
    }
    return i;
  };

  private cited(row: SourceRow): { src: number; read: string } | null {
    const { source, read } = row.values;
    const addressProblem = sourceAddressProblem(source);
    if (addressProblem) {
      this.problems.error(row, addressProblem);
      return null;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(read ?? '')) {
      this.problems.error(row, 'Missing read date (YYYY-MM-DD)');
      return null;
    }
    return { src: this.intern(source), read };
  }

  private edition(row: SourceRow, id: string, column: string): string | null {
    const canonical = canonicalEdition(id);
    if (!canonical) {
      this.problems.error(row, `${column} '${id}' is not a canonical edition id such as 'ISO 9001:2015'`);
      return null;
    }
    const year = Number(canonical.slice(-4));
    if (year > this.thisYear || year < 1947) this.problems.error(row, `${column} '${id}' names an impossible edition year`);
    return canonical;
  }

  standards(): Map<string, CompiledStandard> {
    const byId = new Map<string, CompiledStandard>();
    for (const row of readRows(this.dataDir, 'standards', '', this.problems)) {
      const v = row.values;
      const id = this.edition(row, v.id, 'id');
      const cite = this.cited(row);
      if (!id || !cite) continue;
      if (v.status && !STATUSES.has(v.status)) this.problems.error(row, `status '${v.status}' must be current or withdrawn`);
      if (v.published && !/^\d{4}-\d{2}(?:-\d{2})?$/.test(v.published)) this.problems.error(row, `published '${v.published}' must be YYYY-MM-DD or YYYY-MM`);
      else if (v.published && Number(v.published.slice(0, 4)) !== Number(id.slice(-4))) {
        this.problems.error(row, `published '${v.published}' is not in the year of edition ${id}`);
      }
      const record: CompiledStandard = {
        id,
        title: v.title || undefined,
        committee: v.committee || undefined,
        status: (v.status || undefined) as CompiledStandard['status'],
        replacedBy: v.replaced_by || undefined,
        published: v.published || undefined,
        ...cite,
      };
      const existing = byId.get(id);
      if (existing) {
        if (existing.src === record.src) this.problems.error(row, `Duplicate standard ${id} from the same source`);
        // Two sources for one edition: keep the first, fill what it lacks from the second.
        existing.title ??= record.title;
        existing.committee ??= record.committee;
        existing.status ??= record.status;
        existing.replacedBy ??= record.replacedBy;
        existing.published ??= record.published;
      } else byId.set(id, record);
    }
    return byId;
  }

  private checkDesignation(row: SourceRow, jurisdiction: string, designation: string): void {
    const pattern = DESIGNATION_PATTERNS[jurisdiction];
    if (pattern && !pattern.test(designation)) {
      this.problems.error(row, `Designation '${designation}' does not match ${jurisdiction}'s pattern ${pattern}`);
    }
  }

  /**
   * `in_force` is the day a published document takes effect, as its source gives it. It is recorded only for an
   * `upcoming` document, one still to take effect on the dataset's date; once that day has passed the record must be
   * re-read (the document may have been postponed), so a date on or before the dataset's is an error, not a silent
   * change of what answers.
   */
  private checkInForce(row: SourceRow, status: string, inForce: string, note: string): void {
    // Only a record of unknown standing: one a source calls current or ended is in force or was, and a later date in
    // its note is its successor's (GB 18280.1-2015's note gives GB 18280.1-2025's 2029-01-01).
    const noted = status ? null : futureEntryIntoForce(note, this.meta.date);
    if (noted) {
      this.problems.warn(row, `the note gives ${noted} for taking effect, after the dataset's date: if so, record it upcoming with in_force`);
    }
    if (inForce && !/^\d{4}-\d{2}-\d{2}$/.test(inForce)) this.problems.error(row, `in_force '${inForce}' must be a date (YYYY-MM-DD)`);
    else if (inForce && status !== 'upcoming') this.problems.error(row, 'in_force is only for an upcoming document: set status to upcoming or remove the date');
    else if (inForce && inForce <= this.meta.date) {
      this.problems.error(row, `in_force ${inForce} is not after the dataset's date ${this.meta.date}: re-read the document's status`);
    }
  }

  /**
   * The committee that wrote an EN (`CEN/TC 206`, `CEN/SS F20`, `CEN/CLC/JTC 3`, `CLC/TC 62`): only on EN records,
   * where a committee-bound naming rule needs it, and cited in the note, since the record's own source may not print it.
   */
  private checkCommittee(row: SourceRow, jurisdiction: string, committee: string, note: string): void {
    if (!committee) return;
    if (jurisdiction !== 'EU') this.problems.error(row, `committee is recorded only for ENs (jurisdiction EU), not ${jurisdiction}`);
    else if (!COMMITTEE.test(committee)) this.problems.error(row, `committee '${committee}' must be a CEN or CENELEC committee such as CEN/TC 206 or CEN/CLC/JTC 3`);
    else if (!note.includes(committee)) this.problems.error(row, `committee ${committee} needs the page that prints it in the note`);
  }

  /**
   * Whether a record's edition was deduced rather than read. `edition_basis` is `inferred` or empty (the source names
   * the edition); an inferred edition needs its reasoning in the note, and a note that calls its edition inferred
   * needs the column, so that the product can say so and not only the note.
   */
  private editionInferred(row: SourceRow): true | undefined {
    const { edition_basis: basis = '', note = '' } = row.values;
    if (basis !== '' && basis !== 'inferred') {
      this.problems.error(row, `edition_basis '${basis}' must be inferred or empty (the source names the edition)`);
      return undefined;
    }
    const noteSaysInferred = /edition[^.;]{0,20}inferred/i.test(note);
    if (basis === 'inferred' && !/inferred/i.test(note)) this.problems.error(row, 'edition_basis inferred needs the reasoning in the note ("edition inferred: ...")');
    if (basis === '' && noteSaysInferred) this.problems.error(row, 'The note says the edition is inferred: set edition_basis to inferred');
    return basis === 'inferred' ? true : undefined;
  }

  /** What a record adopts beyond its edition, as IEC writes consolidations: "IEC 60601-1:2005+AMD1:2012". */
  private adopts(row: SourceRow, standard: string): string | undefined {
    const adopts = row.values.adopts;
    if (!adopts) return undefined;
    const escaped = standard.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    if (!new RegExp(`^${escaped}(\\+(AMD|COR)\\d+:\\d{4})+$`).test(adopts)) {
      this.problems.error(row, `adopts '${adopts}' must be the edition with its amendments, e.g. ${standard}+AMD1:2012`);
      return undefined;
    }
    return adopts;
  }

  adoptions(jurisdictions: Set<string>): CompiledAdoption[] {
    const seen = new Set<string>();
    const list: CompiledAdoption[] = [];
    for (const row of readRows(this.dataDir, 'adoptions', '', this.problems)) {
      const v = row.values;
      const cite = this.cited(row);
      const standard = this.edition(row, v.standard, 'standard');
      if (!cite || !standard) continue;
      if (!jurisdictions.has(v.jurisdiction)) {
        this.problems.error(row, `Unknown jurisdiction '${v.jurisdiction}'`);
        continue;
      }
      if (!v.designation) {
        this.problems.error(row, 'Missing designation');
        continue;
      }
      if (v.correspondence && !CORRESPONDENCE.has(v.correspondence)) {
        this.problems.error(row, `correspondence '${v.correspondence}' must be IDT, MOD, NEQ or empty`);
      }
      if (!ADOPTION_STATUSES.has(v.status ?? '')) this.problems.error(row, `status '${v.status}' must be current, superseded, withdrawn, upcoming or empty`);
      this.checkInForce(row, v.status ?? '', v.in_force ?? '', v.note ?? '');
      if (v.year && !/^\d{4}$/.test(v.year)) this.problems.error(row, `year '${v.year}' must be four digits`);
      if (v.en && !/^EN [A-Z0-9]/.test(v.en)) this.problems.error(row, `en '${v.en}' must be an EN designation such as EN ISO 9001:2015`);
      this.checkCommittee(row, v.jurisdiction, v.committee ?? '', v.note ?? '');
      this.checkDesignation(row, v.jurisdiction, v.designation);
      const adopts = this.adopts(row, standard);
      if (!adopts && [v.designation, v.en ?? ''].some((d) => NAMES_AMENDMENT.test(d))) {
        this.problems.error(row, `${v.designation} includes an ISO/IEC amendment: set adopts, e.g. ${standard}+AMD1:2012`);
      }
      const editionInferred = this.editionInferred(row);
      const key = `${standard}|${v.jurisdiction}|${v.designation}`;
      if (seen.has(key)) {
        this.problems.error(row, `Duplicate adoption ${v.designation} of ${standard} in ${v.jurisdiction}`);
        continue;
      }
      seen.add(key);
      list.push({
        standard,
        jurisdiction: v.jurisdiction,
        designation: v.designation,
        correspondence: (CORRESPONDENCE.has(v.correspondence) ? v.correspondence : undefined) as Correspondence | undefined,
        year: v.year ? Number(v.year) : undefined,
        status: (v.status || undefined) as AdoptionStatus | undefined,
        inForce: v.in_force || undefined,
        adopts,
        en: v.en || undefined,
        ...(v.committee ? { committee: v.committee } : {}),
        ...(editionInferred ? { editionInferred } : {}),
        ...cite,
        note: v.note || undefined,
      });
    }
    return list;
  }

  /**
   * Searches that found no adoption. The standard is named without its year, since a catalogue searched by number
   * and title answers for every edition; a recorded adoption in the same place contradicts the search and fails.
   */
  absences(jurisdictions: Set<string>): CompiledAbsence[] {
    const seen = new Set<string>();
    return readRows(this.dataDir, 'absences', '', this.problems).flatMap((row) => {
      const v = row.values;
      const cite = this.cited(row);
      const parsed = parseStandardId(v.standard);
      if (!parsed || !parsed.publisher || parsed.year !== null || parsed.key !== v.standard) {
        this.problems.error(row, `standard '${v.standard}' must be a standard without its year, such as 'ISO 37001'`);
        return [];
      }
      if (!jurisdictions.has(v.jurisdiction)) this.problems.error(row, `Unknown jurisdiction '${v.jurisdiction}'`);
      if (!v.note) this.problems.error(row, 'An absence must say what was searched and how (note)');
      const key = `${v.standard}|${v.jurisdiction}`;
      if (seen.has(key)) this.problems.error(row, `Duplicate absence of ${v.standard} in ${v.jurisdiction}`);
      seen.add(key);
      return cite ? [{ standard: v.standard, jurisdiction: v.jurisdiction, note: v.note, ...cite }] : [];
    });
  }

  /** A search that found nothing where a record (cited, or derived from an EN) exists has missed it. */
  private checkAbsences(body: Omit<CompiledDataset, 'checksum'>): void {
    if (!body.absences?.length) return;
    const catalog = new Catalog({ ...body, checksum: '' });
    for (const a of body.absences) {
      const found = catalog.adoptionsIn(a.standard, a.jurisdiction);
      if (found.length) {
        this.problems.error(`absence of ${a.standard} in ${a.jurisdiction}`, `${found[0].designation} is recorded there; the search missed it`);
      }
    }
  }

  /** The citations, and apart those of ENs no record links to an international edition (EN 285, EN 62841-1:2015). */
  harmonised(adoptions: CompiledAdoption[]): { linked: HarmonisedCitation[]; unlinked: UnlinkedCitation[] } {
    const list: HarmonisedCitation[] = [];
    const unlinked: UnlinkedCitation[] = [];
    for (const row of readRows(this.dataDir, 'regimes', 'harmonised', this.problems)) {
      const v = row.values;
      const cite = this.cited(row);
      if (!cite) continue;
      const linked = adoptions.find((a) => a.jurisdiction === 'EU' && a.designation === v.en_designation);
      const standard = v.standard ? this.edition(row, v.standard, 'standard') : (linked?.standard ?? null);
      const citation = { designation: v.en_designation, act: v.act, ojReference: v.oj_reference || undefined, ...cite, note: v.note || undefined };
      if (standard) list.push({ standard, ...citation });
      else unlinked.push(citation);
    }
    return { linked: list, unlinked };
  }

  fda(): FdaRecognition[] {
    return readRows(this.dataDir, 'regimes', 'fda-recognized', this.problems).flatMap((row) => {
      const v = row.values;
      const cite = this.cited(row);
      const standard = this.edition(row, v.standard, 'standard');
      if (!cite || !standard) return [];
      return [{ standard, recognitionNumber: v.recognition_number, extent: v.extent || undefined, date: v.recognition_date || undefined, designation: v.us_designation || undefined, ...cite }];
    });
  }

  fdaIncorporations(): FdaIncorporation[] {
    return readRows(this.dataDir, 'regimes', 'fda-qmsr', this.problems).flatMap((row) => {
      const v = row.values;
      const cite = this.cited(row);
      const standard = this.edition(row, v.standard, 'standard');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v.effective)) this.problems.error(row, `effective '${v.effective}' must be YYYY-MM-DD`);
      if (!cite || !standard) return [];
      return [{ standard, regulation: v.regulation, effective: v.effective, ...cite }];
    });
  }

  recognition(jurisdictions: Set<string>): SchemeMembership[] {
    return readRows(this.dataDir, 'regimes', 'recognition', this.problems).flatMap((row) => {
      const v = row.values;
      const cite = this.cited(row);
      if (!cite) return [];
      if (!SCHEMES.has(v.scheme)) this.problems.error(row, `scheme '${v.scheme}' is not one of ${[...SCHEMES].join(', ')}`);
      if (!jurisdictions.has(v.jurisdiction)) this.problems.error(row, `Unknown jurisdiction '${v.jurisdiction}'`);
      return [{ scheme: v.scheme, jurisdiction: v.jurisdiction, body: v.body, acronym: v.acronym || undefined, scope: v.scope || undefined, date: v.date || undefined, ...cite }];
    });
  }

  /** Editions named by adoptions but absent from the catalogue: the adoption's source is their evidence. */
  addEvidencedEditions(standards: Map<string, CompiledStandard>, adoptions: CompiledAdoption[]): void {
    for (const a of adoptions) {
      if (standards.has(a.standard)) continue;
      standards.set(a.standard, { id: a.standard, src: a.src, read: a.read, evidencedByAdoption: true });
      this.problems.warn(`edition ${a.standard}`, 'Not in the standards catalogue; evidenced only by an adoption record');
    }
    for (const s of standards.values()) {
      if (s.replacedBy && !standards.has(s.replacedBy)) {
        this.problems.error(`standard ${s.id}`, `replaced_by '${s.replacedBy}' is not a recorded edition`);
      }
    }
  }

  /**
   * ISO and IEC forewords state that each edition "cancels and replaces" the previous one, so an edition with a
   * newer edition recorded is withdrawn and replaced by the next, even where its own catalogue row is silent.
   */
  markReplacedEditions(standards: Map<string, CompiledStandard>): void {
    const byKey = new Map<string, CompiledStandard[]>();
    for (const s of standards.values()) {
      const key = s.id.slice(0, s.id.lastIndexOf(':'));
      pushTo(byKey, key, s);
    }
    for (const editions of byKey.values()) {
      editions.sort((a, b) => a.id.localeCompare(b.id));
      editions.slice(0, -1).forEach((s, i) => {
        if (s.status === 'current') {
          // Its source said so when it was read; a newer edition recorded since (often from the webstore) says more.
          this.problems.warn(`standard ${s.id}`, `Recorded as current, but ${editions[i + 1].id} is recorded: marked withdrawn`);
          s.status = 'withdrawn';
        }
        s.status ??= 'withdrawn';
        if (s.status === 'withdrawn') s.replacedBy ??= editions[i + 1].id;
      });
    }
  }

  compile(): CompiledDataset {
    const jurisdictions = compileJurisdictions(this.dataDir, this.sharedDir, this.problems, this.intern);
    const codes = new Set(jurisdictions.map((j) => j.code));
    const standards = this.standards();
    const adoptions = this.adoptions(codes);
    const correspondenceRules = applyCorrespondenceRules(this.dataDir, this.problems, (row) => this.cited(row), adoptions);
    const rules = compileRules(this.dataDir, this.problems, (row) => this.cited(row), codes, adoptions);
    checkRulesAgainstCited(adoptions, rules, this.problems);
    checkDisagreements(adoptions, this.problems);
    checkAmendedEns(adoptions, this.problems);
    this.addEvidencedEditions(standards, adoptions);
    addWebstoreEditions(standards, this.sharedDir, this.intern, this.problems);
    this.markReplacedEditions(standards);
    const citations = this.harmonised(adoptions);
    const body: Omit<CompiledDataset, 'checksum'> = {
      version: this.meta.version,
      date: this.meta.date,
      licences: JSON.parse(readFileSync(join(this.dataDir, 'licences.json'), 'utf8')) as CompiledDataset['licences'],
      sources: this.sources,
      standards: [...standards.values()].sort((a, b) => a.id.localeCompare(b.id)),
      jurisdictions,
      adoptions,
      absences: this.absences(codes),
      rules,
      correspondenceRules,
      harmonised: citations.linked,
      harmonisedUnlinked: citations.unlinked,
      fda: this.fda(),
      fdaIncorporations: this.fdaIncorporations(),
      recognition: this.recognition(codes),
      crosswalks: compileCrosswalks(this.dataDir, this.problems, this.intern),
      families: compileFamilies(this.dataDir, this.problems),
    };
    this.checkAbsences(body);
    // The changelog is part of what the checksum covers: it is computed from the records above and the kept
    // releases, so the same sources and snapshots always give the same dataset.
    const history = changelog(readSnapshots(this.dataDir), snapshotOf({ ...body, checksum: '' }));
    body.releases = history.releases;
    body.changes = history.changes.map(encodeChange);
    const checksum = `sha256:${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16)}`;
    return { ...body, checksum };
  }
}

/** Reads every source file under data/, validates it and builds the dataset that ships in the bundle. */
export function compileDataset(dataDir = DATA_DIR, sharedDir = sharedDataDir(dataDir)): Compilation {
  const meta = JSON.parse(readFileSync(join(dataDir, 'dataset.json'), 'utf8')) as { version: string; date: string };
  const compiler = new Compiler(dataDir, sharedDir, meta);
  const dataset = compiler.compile();
  return { dataset, problems: compiler.problems };
}
