/**
 * A client that sends its body slowly (a slow-loris) is cut off: the server
 * answers 408 and closes the connection instead of holding it for minutes.
 */
import { connect } from 'node:net';
import { startTestApp, type TestApp } from '../helpers/testApp.js';

let test: TestApp;

beforeAll(async () => {
  test = await startTestApp();
});
afterAll(async () => test?.close());

it('closes a connection whose body never finishes, with 408', async () => {
  const { port } = new URL(test.app.url);
  const socket = connect(Number(port), '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.write('POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"type":');
  // Node checks for expired requests every 30 s, so this takes up to the timeout plus that interval.
  await closed;
  expect(received).toMatch(/^HTTP\/1\.1 408/);
}, 120_000);
