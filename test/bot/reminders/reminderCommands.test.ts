import { reminderCommandOf } from '../../../src/bot/features/reminders/reminderCommands.js';

describe('reminder commands', () => {
  it.each([
    ['stop reminders', 'stop'],
    ['Stop reminders.', 'stop'],
    ['please stop sending me reminders', 'stop'],
    ['turn off reminders please', 'stop'],
    ['リマインダーを停止', 'stop'],
    ['リマインダーを停止してください。', 'stop'],
    ['リマインダーは不要です', 'stop'],
    ['start reminders', 'start'],
    ['turn reminders back on, please: enable reminders', 'start'],
    ['リマインダーを再開', 'start'],
    ['how many incidents do we have left?', undefined],
    ['what do the reminders about contracts that ended and are still linked mean for our Azure support requests', undefined],
  ])('%s → %s', (text, command) => {
    expect(reminderCommandOf(text)).toBe(command);
  });
});
