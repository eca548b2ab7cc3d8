import { describe, expect, it, vi } from 'vitest';
import { sendToBackground } from '../../../lib/messaging/client';

const notListening = () => new Error('Could not establish connection. Receiving end does not exist.');
const answer = { ok: false, error: 'offline' };
const input = { backendUrl: 'https://crm.example.com', token: 'lk_abc' };

describe('sendToBackground', () => {
  it('asks again while the background has not started listening, then returns its answer', async () => {
    const send = vi.fn().mockRejectedValueOnce(notListening()).mockRejectedValueOnce(notListening()).mockResolvedValue(answer);
    const sleep = vi.fn(async (_ms: number) => {});
    await expect(sendToBackground('sync.test', input, send, sleep)).resolves.toEqual(answer);
    expect(send).toHaveBeenCalledTimes(3);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([100, 200]);
  });

  it('gives up after a bounded number of tries', async () => {
    const send = vi.fn().mockRejectedValue(notListening());
    await expect(sendToBackground('sync.test', input, send, async () => {})).rejects.toThrow(/Receiving end/);
    expect(send).toHaveBeenCalledTimes(6);
  });

  it('does not repeat a message the background received and failed on', async () => {
    const send = vi.fn().mockRejectedValue(new Error('boom'));
    await expect(sendToBackground('sync.test', input, send, async () => {})).rejects.toThrow('boom');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('checks the answer against the message schema', async () => {
    await expect(sendToBackground('sync.test', input, async () => ({ ok: 'yes' }), async () => {})).rejects.toThrow();
  });
});
