import { describe, expect, it, vi } from 'vitest';
import { testConnection } from '../../../lib/sync/testConnection';
import { createFakeServer, TOKEN } from './fakeServer';

describe('the connection test (background side)', () => {
  it('answers who the token belongs to', async () => {
    const server = createFakeServer();
    const result = await testConnection({ backendUrl: 'https://sync.example.com', token: TOKEN }, { fetch: server.fetch, hasPermission: async () => true, now: Date.now });
    expect(result).toMatchObject({ ok: true });
  });

  it('sends nothing without the rep granting the origin', async () => {
    const fetch = vi.fn();
    const result = await testConnection({ backendUrl: 'https://sync.example.com', token: TOKEN }, { fetch, hasPermission: async () => false, now: Date.now });
    expect(result).toEqual({ ok: false, error: 'noPermission' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the token over plain http to no other machine, whatever the page asked', async () => {
    const fetch = vi.fn();
    const hasPermission = vi.fn(async () => true);
    const result = await testConnection({ backendUrl: 'http://sync.example.com', token: TOKEN }, { fetch, hasPermission, now: Date.now });
    expect(result).toEqual({ ok: false, error: 'badRequest' });
    expect(fetch).not.toHaveBeenCalled();
  });
});
