/**
 * `buffer` inside the sandbox: a small Buffer (a Uint8Array subclass) for what apps and
 * the fs and http modules need: from(string|array, 'utf8'|'latin1'|'hex'|'base64'),
 * alloc, concat, byteLength, isBuffer, toString(encoding), equals. Bytes cross the
 * sandbox boundary as latin1 "binary strings" (one char per byte); `toBinary` and
 * `fromBinary` convert. JavaScript evaluated in QuickJS as a CommonJS module body.
 */
export const bufferSource = String.raw`
const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const utf8Binary = (s) => { try { return unescape(encodeURIComponent(s)); } catch (e) { return unescape(encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd'))); } };
const binaryUtf8 = (b) => { try { return decodeURIComponent(escape(b)); } catch (e) { return b.replace(/[\x80-\xff]/g, '\ufffd'); } };

class Buffer extends Uint8Array {
  static fromBinary(binary) {
    const buf = new Buffer(binary.length);
    for (let i = 0; i < binary.length; i++) buf[i] = binary.charCodeAt(i) & 255;
    return buf;
  }
  static from(value, encoding) {
    if (typeof value === 'string') {
      const enc = (encoding || 'utf8').toLowerCase();
      if (enc === 'hex') return Buffer.from((value.match(/../g) || []).map((h) => parseInt(h, 16)));
      if (enc === 'base64') {
        const clean = value.replace(/[^A-Za-z0-9+/]/g, '');
        let bits = '';
        for (const c of clean) bits += b64.indexOf(c).toString(2).padStart(6, '0');
        return Buffer.from((bits.match(/.{8}/g) || []).map((x) => parseInt(x, 2)));
      }
      return Buffer.fromBinary(enc === 'latin1' || enc === 'binary' || enc === 'ascii' ? value : utf8Binary(value));
    }
    const buf = new Buffer(value.length);
    for (let i = 0; i < value.length; i++) buf[i] = value[i];
    return buf;
  }
  static alloc(size, fill) { const b = new Buffer(size); if (fill) b.fill(typeof fill === 'number' ? fill : fill.charCodeAt(0)); return b; }
  static allocUnsafe(size) { return new Buffer(size); }
  static isBuffer(v) { return v instanceof Buffer; }
  static byteLength(v) { return typeof v === 'string' ? utf8Binary(v).length : v.length; }
  static concat(list) {
    const out = new Buffer(list.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of list) { out.set(b, at); at += b.length; }
    return out;
  }
  toBinary() { let s = ''; for (let i = 0; i < this.length; i += 4096) s += String.fromCharCode.apply(null, Array.from(this.subarray(i, i + 4096))); return s; }
  toString(encoding) {
    const enc = (encoding || 'utf8').toLowerCase();
    if (enc === 'hex') return Array.from(this, (b) => b.toString(16).padStart(2, '0')).join('');
    if (enc === 'base64') {
      let bits = ''; for (const b of this) bits += b.toString(2).padStart(8, '0');
      let out = ''; for (let i = 0; i < bits.length; i += 6) out += b64[parseInt(bits.slice(i, i + 6).padEnd(6, '0'), 2)];
      return out + '='.repeat((4 - (out.length % 4)) % 4);
    }
    return enc === 'latin1' || enc === 'binary' ? this.toBinary() : binaryUtf8(this.toBinary());
  }
  toJSON() { return { type: 'Buffer', data: Array.from(this) }; }
  equals(other) { return this.length === other.length && this.every((b, i) => b === other[i]); }
  slice(start, end) { return Buffer.from(this.subarray(start, end)); }
  write(string, offset) { const b = Buffer.from(string); this.set(b, offset || 0); return b.length; }
}
/** Any body (string or bytes) as a binary string for the host. */
const toBinary = (v) => (typeof v === 'string' ? utf8Binary(v) : v instanceof Buffer ? v.toBinary() : Buffer.from(v).toBinary());
module.exports = { Buffer, toBinary, utf8Binary, binaryUtf8 };
`;
