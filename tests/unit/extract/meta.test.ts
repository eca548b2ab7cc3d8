import { describe, expect, it } from 'vitest';
import { extractMeta } from '../../../lib/extract/meta';
import { inputFor, valuesOf } from './pageFrom';

describe('extractMeta', () => {
  it('reads site name, descriptions, logos and the X handle', () => {
    const { candidates } = extractMeta(
      inputFor(`<head><meta property="og:site_name" content=" Acme  Robotics "><meta name="application-name" content="Acme">
        <meta name="description" content="Robots."><meta property="og:description" content="Robots for factories.">
        <meta name="twitter:site" content="@acmebots"><meta property="og:image" content="/share.png">
        <link rel="apple-touch-icon" href="/touch.png"><link rel="shortcut icon" href="javascript:alert(1)"></head>`),
    );
    expect(valuesOf(candidates, 'name')).toEqual(['Acme Robotics', 'Acme']);
    expect(valuesOf(candidates, 'description')).toEqual(['Robots.', 'Robots for factories.']);
    expect(valuesOf(candidates, 'socials')).toEqual(['https://x.com/acmebots']);
    expect(valuesOf(candidates, 'logo')).toEqual(['https://www.acme.com/share.png', 'https://www.acme.com/touch.png']);
    const siteName = candidates.find((c) => c.value === 'Acme Robotics')!;
    expect(siteName.element).toBe('head > meta[property=og:site_name]');
  });
});
