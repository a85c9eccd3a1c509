import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { def, str, type BuiltinTable } from './builtin.js';

function digest(name: string, algorithm: string) {
  return def(1, (a) => createHash(algorithm).update(str(name, a, 0), 'utf8').digest('hex'));
}

function hmac(name: string, algorithm: string) {
  return def(2, (a) => createHmac(algorithm, str(name, a, 1)).update(str(name, a, 0), 'utf8').digest('hex'));
}

/** Hashes (hex digests), as OPA's crypto.* hash builtins; certificates and keys are not supported. */
export const hashingBuiltins: BuiltinTable = {
  'crypto.md5': digest('crypto.md5', 'md5'),
  'crypto.sha1': digest('crypto.sha1', 'sha1'),
  'crypto.sha256': digest('crypto.sha256', 'sha256'),
  'crypto.hmac.md5': hmac('crypto.hmac.md5', 'md5'),
  'crypto.hmac.sha1': hmac('crypto.hmac.sha1', 'sha1'),
  'crypto.hmac.sha256': hmac('crypto.hmac.sha256', 'sha256'),
  'crypto.hmac.sha512': hmac('crypto.hmac.sha512', 'sha512'),
  'crypto.hmac.equal': def(2, (a) => {
    const x = Buffer.from(str('crypto.hmac.equal', a, 0));
    const y = Buffer.from(str('crypto.hmac.equal', a, 1));
    return x.length === y.length && timingSafeEqual(x, y);
  }),
};
