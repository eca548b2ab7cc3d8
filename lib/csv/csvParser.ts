/**
 * A streaming RFC 4180 parser: feed text in chunks of any size (a chunk may end inside a quoted
 * cell or between CR and LF), get complete records back. Quoted cells may hold commas, quotes ("")
 * and line breaks; CRLF, LF and lone CR all end a record. Lenient where files in the wild are: a
 * quote inside an unquoted cell is kept as text, text after a closing quote is appended.
 */
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export class CsvParser {
  private record: string[] = [];
  private cell = '';
  private quoted = false;
  /** Inside quotes, a quote was just seen: either an escaped quote or the closing one. */
  private quotePending = false;
  private cellStarted = false;
  private lastWasCr = false;
  private started = false;
  /** The delimiter's char code; -1 (never matches) for a delimiter that is not one UTF-16 unit. */
  private readonly delimiterCode: number;
  /** The file ended inside a quoted cell: the last record is probably cut. */
  unterminatedQuote = false;

  constructor(delimiter = ',') {
    this.delimiterCode = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  }

  /**
   * Scans by char code and copies each run of text with one slice (a quoted cell up to its next
   * quote, an unquoted one up to the next delimiter or line break): a cell costs one string, not
   * one per character.
   */
  push(chunk: string): string[][] {
    const records: string[][] = [];
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const delimiter = this.delimiterCode;
    const length = text.length;
    let cell = this.cell;
    let i = 0;
    while (i < length) {
      let code = text.charCodeAt(i);
      if (this.lastWasCr) {
        this.lastWasCr = false;
        if (code === LF) {
          i++;
          continue;
        }
      }
      if (this.quoted) {
        if (this.quotePending) {
          this.quotePending = false;
          if (code === QUOTE) {
            cell += '"';
            i++;
            continue;
          }
          this.quoted = false;
          // fall through: the character after the closing quote is read as outside quotes
        } else {
          const quote = text.indexOf('"', i);
          const end = quote < 0 ? length : quote;
          cell += text.slice(i, end);
          if (quote >= 0) this.quotePending = true;
          i = end + 1;
          continue;
        }
      }
      if (code === delimiter) {
        this.record.push(cell);
        cell = '';
        this.cellStarted = false;
        i++;
      } else if (code === LF || code === CR) {
        this.record.push(cell);
        cell = '';
        this.cellStarted = false;
        records.push(this.record);
        this.record = [];
        this.lastWasCr = code === CR;
        i++;
      } else if (code === QUOTE && !this.cellStarted) {
        this.quoted = true;
        this.cellStarted = true;
        i++;
      } else {
        // A run of plain characters (stray quotes included) up to the next delimiter or line break.
        let end = i + 1;
        while (end < length) {
          code = text.charCodeAt(end);
          if (code === delimiter || code === LF || code === CR) break;
          end++;
        }
        cell += text.slice(i, end);
        this.cellStarted = true;
        i = end;
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
