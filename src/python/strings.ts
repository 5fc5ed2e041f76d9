// Decoding Python string literal bodies into their values, as CPython does: newline
// normalisation (the source's "\r\n" and "\r" read as "\n"), backslash escapes (unless raw),
// line continuations inside strings, and the doubled braces of f-string literal parts.
// Unknown escapes such as "\d" keep their backslash (CPython only warns about them).
import { UNICODE_NAMES } from './unicodeNames';

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function isOctal(c: number): boolean {
  return c >= 48 && c <= 55;
}

function hexValue(text: string): number {
  return /^[0-9a-fA-F]+$/.test(text) ? parseInt(text, 16) : -1;
}

/**
 * The value of a string literal's body (the text between the quotes).
 * For bytes, each character of the result is one byte (0-255).
 * `fstringPart` undoubles `{{` / `}}` as in an f-string's literal text.
 */
export function decodeStringBody(body: string, raw: boolean, bytes: boolean, fstringPart: boolean): string {
  if (body.indexOf('\\') < 0 && body.indexOf('\r') < 0 && !(fstringPart && (body.indexOf('{{') >= 0 || body.indexOf('}}') >= 0))) {
    return body;
  }
  let out = '';
  const n = body.length;
  let i = 0;
  while (i < n) {
    const ch = body[i];
    if (ch === '\r') {
      out += '\n';
      i += body[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (fstringPart && (ch === '{' || ch === '}') && body[i + 1] === ch) {
      out += ch;
      i += 2;
      continue;
    }
    if (ch !== '\\' || raw) {
      if (ch === '\\' && raw && i + 1 < n) {
        // In raw strings a backslash still protects the next character (even a quote), and
        // both characters are kept; a "\r\n" after it is still normalised.
        out += '\\';
        i++;
        continue;
      }
      out += ch;
      i++;
      continue;
    }
    // A backslash escape.
    const next = body[i + 1];
    if (next === undefined) {
      out += '\\';
      i++;
      continue;
    }
    if (next === '\n') { i += 2; continue; }
    if (next === '\r') { i += body[i + 2] === '\n' ? 3 : 2; continue; }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    const nc = next.charCodeAt(0);
    if (isOctal(nc)) {
      let j = i + 1;
      let value = 0;
      while (j < n && j < i + 4 && isOctal(body.charCodeAt(j))) value = value * 8 + (body.charCodeAt(j++) - 48);
      out += String.fromCharCode(bytes ? value & 0xff : value);
      i = j;
      continue;
    }
    if (next === 'x') {
      const value = hexValue(body.slice(i + 2, i + 4));
      if (value >= 0 && i + 4 <= n) {
        out += String.fromCharCode(value);
        i += 4;
        continue;
      }
    } else if (!bytes && (next === 'u' || next === 'U')) {
      const digits = next === 'u' ? 4 : 8;
      const value = hexValue(body.slice(i + 2, i + 2 + digits));
      if (value >= 0 && value <= 0x10ffff && i + 2 + digits <= n) {
        out += String.fromCodePoint(value);
        i += 2 + digits;
        continue;
      }
    } else if (!bytes && next === 'N' && body[i + 2] === '{') {
      const close = body.indexOf('}', i + 3);
      const named = close > 0 ? namedCharacter(body.slice(i + 3, close)) : undefined;
      if (named !== undefined) {
        out += named;
        i = close + 1;
        continue;
      }
    }
    // Unknown or malformed escape: kept as written (CPython warns or errors; pyright reports).
    out += '\\';
    i++;
  }
  return out;
}

// Names of control characters are aliases in Unicode, not in the names table.
const CONTROL_ALIASES: Record<string, string> = {
  'NULL': '\0', 'LINE FEED': '\n', 'CARRIAGE RETURN': '\r', 'CHARACTER TABULATION': '\t',
  'ESCAPE': '\x1b', 'FORM FEED': '\f', 'LINE TABULATION': '\v', 'BACKSPACE': '\b',
};

let namesByText: Map<string, number> | null = null;

function namesTable(): Map<string, number> {
  if (namesByText) return namesByText;
  namesByText = new Map();
  let code = -1;
  for (const entry of UNICODE_NAMES.split('|')) {
    const m = /^([0-9a-f]+) (.*)$/.exec(entry);
    if (m) {
      code = parseInt(m[1], 16);
      namesByText.set(m[2], code);
    } else namesByText.set(entry, ++code);
  }
  return namesByText;
}

function namedCharacter(name: string): string | undefined {
  const upper = name.toUpperCase();
  // Ideograph names are their code point.
  const ideograph = /^CJK (?:UNIFIED|COMPATIBILITY) IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (ideograph) return String.fromCodePoint(parseInt(ideograph[1], 16));
  const code = namesTable().get(upper);
  return code !== undefined ? String.fromCodePoint(code) : CONTROL_ALIASES[upper];
}

/** Bytes of a decoded bytes literal (each char code is a byte). */
export function toBytes(decoded: string): Uint8Array {
  const out = new Uint8Array(decoded.length);
  for (let i = 0; i < decoded.length; i++) out[i] = decoded.charCodeAt(i) & 0xff;
  return out;
}
