import { describe, expect, it } from 'vitest';
import { base64Url, s256Challenge, sha256Fallback } from './pkce';

// RFC 7636, appendix B.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('PKCE', () => {
  it('makes the S256 challenge of the RFC example', async () => {
    expect(await s256Challenge(VERIFIER)).toBe(CHALLENGE);
  });
  it('gives the same challenge without crypto.subtle (plain-http intranets)', () => {
    expect(base64Url(sha256Fallback(new TextEncoder().encode(VERIFIER)))).toBe(CHALLENGE);
    // a two-block message
    const abc = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    const hex = Array.from(sha256Fallback(new TextEncoder().encode(abc)), (b) => b.toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });
});
