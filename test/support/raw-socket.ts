import { once } from 'node:events';
import { connect, type Socket } from 'node:net';

/** A raw TCP connection for slow-client tests, recorded in `opened` so the test can destroy it. */
export async function openRawSocket(host: string, port: number, opened: Socket[]): Promise<Socket> {
  const socket = connect({ host, port });
  opened.push(socket);
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  return socket;
}

/** Resolves with what the server sent and how long it took when it closes the connection. */
export function whenClosed(socket: Socket): Promise<{ received: string; afterMs: number }> {
  const started = Date.now();
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  return new Promise((resolve) => socket.once('close', () => resolve({ received, afterMs: Date.now() - started })));
}
