// One connection state for the whole page: the panes' event streams and the
// bot endpoint. While anything is down, one banner says so and sending is
// paused; when everything is back, the banner says so for a few seconds.
import { t } from './i18n.js';

const HEALTH_POLL_MS = 2000;
const BACK_NOTICE_MS = 5000;

export class ConnectionMonitor {
  constructor(banner, lang) {
    this.banner = banner;
    this.lang = lang;
    this.streams = new Map();
    this.endpointDown = false;
    this.wasDown = false;
    this.listeners = new Set();
  }

  get down() {
    return this.endpointDown || [...this.streams.values()].includes('down');
  }

  onChange(listener) {
    this.listeners.add(listener);
    listener(this.down);
  }

  /** An event stream's state: 'connecting', 'open' or 'down' (the browser retries by itself). */
  stream(name, state) {
    this.streams.set(name, state);
    this.update();
  }

  /** A POST to the bot failed without an answer: poll /healthz until it answers. */
  endpointFailed() {
    this.endpointDown = true;
    this.update();
    if (this.poll) return;
    this.poll = setInterval(async () => {
      const ok = await fetch('/healthz', { cache: 'no-store' }).then((r) => r.ok, () => false);
      if (!ok) return;
      clearInterval(this.poll);
      this.poll = undefined;
      this.endpointDown = false;
      this.update();
    }, HEALTH_POLL_MS);
  }

  update() {
    const down = this.down;
    clearTimeout(this.backTimer);
    if (down) {
      this.show('connectionDown', 'down');
    } else if (this.wasDown) {
      this.show('connectionBack', 'back');
      this.backTimer = setTimeout(() => (this.banner.hidden = true), BACK_NOTICE_MS);
    }
    if (down !== this.wasDown) for (const listener of this.listeners) listener(down);
    this.wasDown = down;
  }

  show(key, state) {
    this.banner.textContent = t(this.lang(), key);
    this.banner.dataset.state = state;
    this.banner.hidden = false;
  }
}
