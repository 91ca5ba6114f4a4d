/** Fill colours by degree of correspondence, shared by the pane's matrix, the inserted table and the CLI's workbook. */
export const CORRESPONDENCE_FILLS: Record<string, string> = {
  IDT: '#C6EFCE',
  MOD: '#FFEB9C',
  NEQ: '#FFC7CE',
  unknown: '#DDEBF7',
  none: '#EDEDED',
};
