import { ConfigError, loadConfig } from '../../src/config.js';

describe('settings', () => {
  it('runs in developer mode on loopback with no app id', () => {
    const config = loadConfig({});
    expect(config.developerMode).toBe(true);
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3978);
    expect(config.activationProcessor).toBe('demo');
    expect(config.demoData).toBe(true);
  });

  it('turns authentication on and listens on all interfaces when an app id is set', () => {
    const config = loadConfig({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'secret' });
    expect(config.developerMode).toBe(false);
    expect(config.host).toBe('0.0.0.0');
    expect(config.activationProcessor).toBe('helpdesk');
    expect(config.demoData).toBe(false); // production starts with no demo people or contracts
    expect(loadConfig({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'secret', DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it('refuses the self-approving demo activation processor when authentication is on', () => {
    const env = { MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'secret', ACTIVATION_PROCESSOR: 'demo' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(/ACTIVATION_PROCESSOR.*refused when MICROSOFT_APP_ID is set/);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ HOST: '0.0.0.0' }, 'HOST'],
    [{ MICROSOFT_APP_ID: 'app' }, 'MICROSOFT_APP_PASSWORD'],
    [{ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_TYPE: 'SingleTenant', MICROSOFT_APP_PASSWORD: 'x' }, 'MICROSOFT_APP_TENANT_ID'],
    [{ MICROSOFT_APP_TYPE: 'Sometimes' }, 'MICROSOFT_APP_TYPE'],
    [{ ACTIVATION_PROCESSOR: 'robot' }, 'ACTIVATION_PROCESSOR'],
    [{ BODY_LIMIT_BYTES: '12' }, 'BODY_LIMIT_BYTES'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DEMO_DATA: 'yes please' }, 'DEMO_DATA'],
    [{ DATABASE_URL: 'mysql://db/bot' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ PUBLIC_BASE_URL: 'not a url' }, 'PUBLIC_BASE_URL'],
    [{ MICROSOFT_APP_ID: ' ' }, 'MICROSOFT_APP_ID'],
    [{ MICROSOFT_APP_ID: '\t\n' }, 'MICROSOFT_APP_ID'],
    // Shorter than two weeks would drop markers the weekly digest still counts.
    [{ MARKER_RETENTION_DAYS: '7' }, 'MARKER_RETENTION_DAYS'],
    [{ REMINDER_ENDING_DAYS: '400' }, 'REMINDER_ENDING_DAYS'],
  ])('a bad setting %j stops start-up naming %s', (env, setting) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(setting);
  });

  it('keeps event markers 90 days for reports unless MARKER_RETENTION_DAYS says otherwise', () => {
    expect(loadConfig({}).markerRetentionDays).toBe(90);
    expect(loadConfig({ MARKER_RETENTION_DAYS: '14' }).markerRetentionDays).toBe(14);
  });

  it('reads the tenant allow-list', () => {
    expect(loadConfig({ ALLOWED_TENANTS: 'tenant-a, tenant-b,' }).allowedTenants).toEqual(['tenant-a', 'tenant-b']);
  });

  it('lets the heap grow twofold past live data unless HEAP_GROWING_PERCENT says otherwise; nonsense is refused', () => {
    expect(loadConfig({}).heapGrowingPercent).toBe(100);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '-5' })).toThrow(/HEAP_GROWING_PERCENT/);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: 'lots' })).toThrow(ConfigError);
  });
});
