import { describe, expect, it } from 'vitest';
import { extractSocialLinks } from '../../../lib/extract/socials';
import { socialProfileFor } from '../../../lib/extract/socialProfile';
import { inputFor, valuesOf } from './pageFrom';

describe('socialProfileFor', () => {
  it.each([
    ['https://www.linkedin.com/company/acme-robotics/about/', 'https://www.linkedin.com/company/acme-robotics'],
    ['https://twitter.com/AcmeBots?lang=en', 'https://x.com/AcmeBots'],
    ['https://x.com/acmebots/status/1', 'https://x.com/acmebots'],
    ['https://m.facebook.com/acmebots/', 'https://www.facebook.com/acmebots'],
    ['https://github.com/acme/robot-sdk', 'https://github.com/acme'],
    ['https://weibo.com/u/123456789', 'https://weibo.com/u/123456789'],
    ['https://weixin.qq.com/r/abcDEF123', 'https://weixin.qq.com/r/abcDEF123'],
  ])('%s → %s', (href, url) => {
    expect(socialProfileFor(href)?.url).toBe(url);
  });

  it.each([
    'https://twitter.com/intent/tweet?text=hi',
    'https://www.facebook.com/sharer/sharer.php?u=x',
    'https://www.linkedin.com/shareArticle?url=x',
    'https://github.com/features',
    'javascript:alert(1)',
    'https://example.com/linkedin',
  ])('rejects %s', (href) => {
    expect(socialProfileFor(href)).toBeNull();
  });
});

describe('extractSocialLinks', () => {
  it('finds profiles, ranks footer links above article links and people below companies', () => {
    const { candidates } = extractSocialLinks(
      inputFor(`<article><a href="https://twitter.com/journalist">@journalist</a>
        <a href="https://www.linkedin.com/in/jane-doe">Jane</a></article>
        <footer><a href="https://www.linkedin.com/company/acme">in</a><a href="https://github.com/acme">gh</a></footer>`),
    );
    expect(valuesOf(candidates, 'socials')).toEqual([
      'https://x.com/journalist',
      'https://www.linkedin.com/in/jane-doe',
      'https://www.linkedin.com/company/acme',
      'https://github.com/acme',
    ]);
    const byValue = new Map(candidates.map((c) => [c.value, c]));
    expect(byValue.get('https://www.linkedin.com/company/acme')!.confidence).toBeGreaterThan(byValue.get('https://x.com/journalist')!.confidence);
    expect(byValue.get('https://x.com/journalist')!.confidence).toBeGreaterThan(byValue.get('https://www.linkedin.com/in/jane-doe')!.confidence);
    expect(byValue.get('https://github.com/acme')!.kind).toBe('github');
  });
});
