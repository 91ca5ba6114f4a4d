import { asGrid, broadcast } from './broadcast';
import { CatalogueIndex } from './catalogue/catalogueIndex';
import { CatalogueNeeded, isCatalogueNeeded } from './catalogue/catalogueNeeded';
import type { CompiledCatalogue } from './catalogue/types';
import { type Adoption, Catalog } from './dataset/catalog';
import type { CompiledDataset } from './dataset/types';
import { HarmonizeError, invalidValue, isHarmonizeError } from './errors';
import { type AdoptionField, parseAdoptionField } from './query/adoptionFields';
import { adoptionsTable, parseFieldList } from './query/adoptionsTable';
import { changesTable } from './query/changes';
import { crosswalkTable } from './query/crosswalk';
import { datasetInfo, parseDatasetField } from './query/datasetInfo';
import { equivalent } from './query/equivalent';
import { parseGapKinds } from './query/gapKinds';
import { type GapComparison, findGaps, gapsTable } from './query/gaps';
import { jurisdictionInfo, parseJurisdictionField } from './query/jurisdictionInfo';
import { matrixTable } from './query/matrixTable';
import { AnswerMemo, boundedMemo } from './memo';
import { origin, parseOriginField } from './query/origin';
import { parseRecognitionScheme, recognitionCell, recognitionTable } from './query/recognition';
import { parseStandardField, standardInfo } from './query/standardInfo';
import { searchCatalog } from './search/catalogSearch';
import { type CellValue, type Grid, type InputValue, MAX_TEXT_LENGTH, isBlank, readOption, readText } from './values';

/** An argument as an adapter receives it: one cell or a range. */
export type Argument = InputValue | InputValue[][];
export type Answer = Grid<CellValue> | HarmonizeError;

export const MAX_SEARCH_RESULTS = 100;
/** Field names repeat in every cell of a sheet; parsing one once keeps it off the per-cell path. */
const adoptionFieldOf = boundedMemo(parseAdoptionField);
const NOT_ONE_CELL = Symbol('not one cell');

/** The cell of a scalar or a 1x1 range; anything larger goes through broadcasting. */
function oneCell(value: Argument): InputValue | typeof NOT_ONE_CELL {
  if (!Array.isArray(value)) return value;
  return value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 ? value[0][0] : NOT_ONE_CELL;
}

function option<T>(value: Argument, name: string, fallback: string, parse: (t: string) => T | HarmonizeError): T | HarmonizeError {
  if (Array.isArray(value)) return invalidValue(`${name} must be a single value, not a range`);
  const text = readOption(value, name, fallback);
  return isHarmonizeError(text) ? text : parse(text);
}

/**
 * The engine behind every adapter: custom functions, task pane and CLI call these methods and nothing else.
 * Each method takes cells or ranges as Excel passes them and answers with a grid or one error.
 */
export class Harmonize {
  /**
   * The engine's answer memos (see memo.ts). `values` keeps each EQUIVALENT cell's answer, which a range reads cell
   * by cell; `grids` wraps the answers asked for as one cell, so that a recalculated single cell gets the very same
   * one-cell grid back with no allocation. A range does not build a grid per cell it will only unwrap: at 60,000
   * cells that garbage was a tenth of a first MATRIX. An answer that waits for the catalogues is not kept: once they
   * load, this engine is replaced.
   */
  private readonly values = new AnswerMemo<CellValue>((v) => !isCatalogueNeeded(v));
  private readonly grids = new AnswerMemo<Grid<CellValue>>((g) => !isCatalogueNeeded(g[0][0]));

  constructor(readonly catalog: Catalog) {}

  static fromDataset(dataset: CompiledDataset, catalogue: CompiledCatalogue | CatalogueIndex | null = null): Harmonize {
    const index = catalogue === null || catalogue instanceof CatalogueIndex ? catalogue : new CatalogueIndex(catalogue);
    return new Harmonize(new Catalog(dataset, [], index));
  }

  /** The same engine with the workbook's own mappings laid over the bundled records. */
  withOverlay(rows: readonly Adoption[]): Harmonize {
    if (rows.length === 0 && this.catalog.overlay.length === 0) return this;
    return new Harmonize(new Catalog(this.catalog.dataset, rows, this.catalog.catalogue));
  }

  /** The same engine with the IEC and JIS catalogues, which answer what the dataset does not know. */
  withCatalogue(catalogue: CatalogueIndex): Harmonize {
    if (this.catalog.catalogue === catalogue) return this;
    return new Harmonize(this.catalog.withCatalogue(catalogue));
  }

  equivalent(standard: Argument, jurisdiction: Argument, field: Argument = null): Answer {
    const f = field === null || field === undefined ? 'designation' : option(field, 'field', 'designation', adoptionFieldOf);
    if (isHarmonizeError(f)) return f;
    const s = oneCell(standard);
    const p = oneCell(jurisdiction);
    if (s !== NOT_ONE_CELL && p !== NOT_ONE_CELL) return this.equivalentGrid(s, p, f);
    return broadcast([asGrid(standard), asGrid(jurisdiction)], (sc, pc) => this.equivalentOf(sc, pc, f));
  }

  private memoisable(standard: InputValue, place: InputValue): boolean {
    return typeof standard === 'string' && typeof place === 'string' && standard.length + place.length <= 2 * MAX_TEXT_LENGTH;
  }

  private equivalentGrid(standard: InputValue, place: InputValue, field: AdoptionField): Grid<CellValue> {
    if (!this.memoisable(standard, place)) return [[equivalent(this.catalog, standard, place, field)]];
    // Shared: every caller that asks the same question gets this object, and none may change it. A repeated
    // question (a recalculated sheet) is a peek, with no closure allocated.
    return (
      this.grids.peek(field, standard as string, place as string) ??
      this.grids.set(field, standard as string, place as string, [[this.equivalentOf(standard, place, field)]])
    );
  }

  private equivalentOf(standard: InputValue, place: InputValue, field: AdoptionField): CellValue {
    if (!this.memoisable(standard, place)) return equivalent(this.catalog, standard, place, field);
    return (
      this.values.peek(field, standard as string, place as string) ??
      this.values.set(field, standard as string, place as string, equivalent(this.catalog, standard, place, field))
    );
  }

  correspondence(standard: Argument, jurisdiction: Argument): Answer {
    return this.equivalent(standard, jurisdiction, 'correspondence');
  }

  adoptions(standard: Argument, fields: Argument = null): Answer {
    const grid = asGrid(standard);
    // Count before flattening: a million-cell range must be refused at once, not copied first.
    if (grid.reduce((n, row) => n + (Array.isArray(row) ? row.length : 1), 0) !== 1) return invalidValue('standard must be a single cell');
    const cells = grid.flat();
    const list = parseFieldList(asGrid(fields).flat());
    if (isHarmonizeError(list)) return list;
    return adoptionsTable(this.catalog, cells[0], list);
  }

  matrix(standards: Argument, jurisdictions: Argument, field: Argument = null): Answer {
    const f = option(field, 'field', 'designation', adoptionFieldOf);
    if (isHarmonizeError(f)) return f;
    return matrixTable(this.catalog, asGrid(standards), asGrid(jurisdictions), f);
  }

  standard(query: Argument, field: Argument = null): Answer {
    const f = option(field, 'field', 'id', parseStandardField);
    if (isHarmonizeError(f)) return f;
    return broadcast([asGrid(query)], (q) => standardInfo(this.catalog, q, f));
  }

  jurisdiction(query: Argument, field: Argument = null): Answer {
    const f = option(field, 'field', 'code', parseJurisdictionField);
    if (isHarmonizeError(f)) return f;
    return broadcast([asGrid(query)], (q) => jurisdictionInfo(this.catalog, q, f));
  }

  origin(designation: Argument, field: Argument = null): Answer {
    const f = isBlank(field as InputValue) ? null : option(field, 'field', 'edition', parseOriginField);
    if (isHarmonizeError(f)) return f;
    const cells = asGrid(designation);
    if (f === null && cells.length === 1 && cells[0].length === 1) {
      const answer = origin(this.catalog, cells[0][0], null);
      return Array.isArray(answer) ? answer : [[answer]];
    }
    if (f === null) return invalidValue('Give a field ("edition" or "jurisdiction") to look up a range of designations');
    return broadcast([cells], (d) => origin(this.catalog, d, f) as CellValue);
  }

  search(query: Argument, limit: Argument = null): Answer {
    if (Array.isArray(query)) return invalidValue('query must be a single value, not a range');
    const text = readText(query, 'query');
    if (isHarmonizeError(text)) return text;
    if (!text) return invalidValue('Type something to search for');
    const max = isBlank(limit as InputValue) ? 10 : Number(limit);
    if (!Number.isInteger(max) || max < 1 || max > MAX_SEARCH_RESULTS) {
      return invalidValue(`limit must be a whole number from 1 to ${MAX_SEARCH_RESULTS}`);
    }
    // The search covers the catalogues, so it waits for them rather than answer from part of the data.
    if (!this.catalog.catalogue) return new CatalogueNeeded('SEARCH');
    const hits = searchCatalog(this.catalog, text, max);
    if (hits.length === 0) return new HarmonizeError('#N/A', `Nothing matches '${text.slice(0, 40)}'`);
    return [['match', 'description', 'kind'], ...hits.map((h) => [h.document.id, h.document.label, h.document.kind])];
  }

  dataset(field: Argument = null): Answer {
    const f = isBlank(field as InputValue) ? null : option(field, 'field', 'version', parseDatasetField);
    if (isHarmonizeError(f)) return f;
    const answer = datasetInfo(this.catalog, f);
    return Array.isArray(answer) ? answer : [[answer]];
  }

  crosswalk(control: Argument, fromFramework: Argument, toFramework: Argument): Answer {
    const [c, f, t] = [control, fromFramework, toFramework].map(oneCell);
    if (c === NOT_ONE_CELL) return invalidValue('control must be a single cell');
    if (f === NOT_ONE_CELL || t === NOT_ONE_CELL) return invalidValue('from_framework and to_framework must be single values');
    return crosswalkTable(this.catalog, c, f, t);
  }

  /** With a scheme, one verdict per cell (ranges broadcast); without, a table of every scheme for one pair. */
  recognition(jurisdictionA: Argument, jurisdictionB: Argument, scheme: Argument = null): Answer {
    const schemeCell = oneCell(scheme);
    if (schemeCell !== NOT_ONE_CELL && isBlank(schemeCell)) {
      const [a, b] = [jurisdictionA, jurisdictionB].map(oneCell);
      if (a === NOT_ONE_CELL || b === NOT_ONE_CELL) return invalidValue('Give a scheme to compare ranges of jurisdictions');
      return recognitionTable(this.catalog, a, b);
    }
    const s = option(scheme, 'scheme', 'IAF-MLA', parseRecognitionScheme);
    if (isHarmonizeError(s)) return s;
    return broadcast([asGrid(jurisdictionA), asGrid(jurisdictionB)], (a, b) => recognitionCell(this.catalog, a, b, s));
  }

  /**
   * Where two places differ, one row per standard, most material first. The third argument is a range of
   * standards, a family's name or nothing (every standard either adopts); `kind` keeps some kinds of gap.
   */
  gaps(jurisdictionA: Argument, jurisdictionB: Argument, standardsOrFamily: Argument = null, kind: Argument = null): Answer {
    const args = this.gapArguments(jurisdictionA, jurisdictionB, kind);
    return isHarmonizeError(args) ? args : gapsTable(this.catalog, args.a, args.b, asGrid(standardsOrFamily), args.kinds);
  }

  /** The same comparison as GAPS, with each gap's kind and records, for the task pane's Compare view. */
  gapComparison(
    jurisdictionA: Argument,
    jurisdictionB: Argument,
    standardsOrFamily: Argument = null,
    kind: Argument = null,
  ): GapComparison | HarmonizeError | null {
    const args = this.gapArguments(jurisdictionA, jurisdictionB, kind);
    return isHarmonizeError(args) ? args : findGaps(this.catalog, args.a, args.b, asGrid(standardsOrFamily), args.kinds);
  }

  private gapArguments(jurisdictionA: Argument, jurisdictionB: Argument, kind: Argument) {
    const [a, b, k] = [jurisdictionA, jurisdictionB, kind].map(oneCell);
    if (a === NOT_ONE_CELL || b === NOT_ONE_CELL) return invalidValue('jurisdiction_a and jurisdiction_b must be single cells');
    if (k === NOT_ONE_CELL) return invalidValue('kind must be a single value, not a range');
    const kinds = parseGapKinds([k]);
    return isHarmonizeError(kinds) ? kinds : { a, b, kinds };
  }

  /** The dataset's changelog, newest first: everything kept, or since a version, for one place or standard. */
  changes(sinceVersion: Argument = null, jurisdictionOrStandard: Argument = null): Answer {
    const [since, subject] = [sinceVersion, jurisdictionOrStandard].map(oneCell);
    if (since === NOT_ONE_CELL || subject === NOT_ONE_CELL) return invalidValue('since_version and jurisdiction_or_standard must be single values, not ranges');
    return changesTable(this.catalog, since, subject);
  }

  /** One cell of EQUIVALENT without grids, for the task pane's cards and previews. */
  equivalentCell(standard: string, jurisdiction: string, field = 'designation'): CellValue {
    const f = parseAdoptionField(field);
    return isHarmonizeError(f) ? f : equivalent(this.catalog, standard, jurisdiction, f);
  }
}
