/**
 * A streaming RFC 4180 parser: feed text in chunks of any size (a chunk may end inside a quoted
 * cell or between CR and LF), get complete records back. Quoted cells may hold commas, quotes ("")
 * and line breaks; CRLF, LF and lone CR all end a record. Lenient where files in the wild are: a
 * quote inside an unquoted cell is kept as text, text after a closing quote is appended.
 */
export class CsvParser {
  private record: string[] = [];
  private cell = '';
  private quoted = false;
  /** Inside quotes, a quote was just seen: either an escaped quote or the closing one. */
  private quotePending = false;
  private cellStarted = false;
  private lastWasCr = false;
  private started = false;
  /** The file ended inside a quoted cell: the last record is probably cut. */
  unterminatedQuote = false;

  constructor(private readonly delimiter = ',') {}

  push(chunk: string): string[][] {
    const records: string[][] = [];
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const delimiter = this.delimiter;
    let cell = this.cell;
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (this.lastWasCr) {
        this.lastWasCr = false;
        if (char === '\n') continue;
      }
      if (this.quoted) {
        if (this.quotePending) {
          this.quotePending = false;
          if (char === '"') {
            cell += '"';
            continue;
          }
          this.quoted = false;
          // fall through: the character after the closing quote is read as outside quotes
        } else if (char === '"') {
          this.quotePending = true;
          continue;
        } else {
          cell += char;
          continue;
        }
      }
      if (char === delimiter) {
        this.record.push(cell);
        cell = '';
        this.cellStarted = false;
      } else if (char === '\n' || char === '\r') {
        this.record.push(cell);
        cell = '';
        this.cellStarted = false;
        records.push(this.record);
        this.record = [];
        this.lastWasCr = char === '\r';
      } else if (char === '"' && !this.cellStarted) {
        this.quoted = true;
        this.cellStarted = true;
      } else {
        // Fast path: copy a run of plain characters at once.
        let end = i + 1;
        while (end < text.length) {
          const next = text[end]!;
          if (next === delimiter || next === '\n' || next === '\r') break;
          end++;
        }
        cell += text.slice(i, end);
        this.cellStarted = true;
        i = end - 1;
      }
    }
    this.cell = cell;
    return records;
  }

  /** The last record, when the file does not end with a line break. */
  finish(): string[][] {
    if (this.quoted && !this.quotePending) this.unterminatedQuote = true;
    this.quoted = false;
    this.quotePending = false;
    if (this.cell === '' && this.record.length === 0 && !this.cellStarted) return [];
    this.record.push(this.cell);
    const last = this.record;
    this.record = [];
    this.cell = '';
    this.cellStarted = false;
    return [last];
  }
}

/** A whole string at once (tests, small files). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const parser = new CsvParser(delimiter);
  return [...parser.push(text), ...parser.finish()];
}

/** Comma unless the header line has more semicolons or tabs (European Excel, TSV pasted as .csv). */
export function sniffDelimiter(firstLine: string): string {
  const count = (char: string) => firstLine.split(char).length - 1;
  const candidates: Array<[string, number]> = [[',', count(',')], [';', count(';')], ['\t', count('\t')]];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0]![1] > 0 ? candidates[0]![0] : ',';
}
