import type { CalendarForm } from '../../lib/pipeline/panel/playbookSettingsModel';
import { useI18n } from '../common/I18n';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The rep's working week, time zone, holidays and make-up working days (调休). */
export function CalendarFields(props: {
  calendar: CalendarForm;
  onChange(patch: Partial<Omit<CalendarForm, 'workWeek'>>): void;
  onWeekday(day: number, worked: boolean): void;
}) {
  const { t } = useI18n();
  const { calendar } = props;
  return (
    <fieldset class="calendar-fields">
      <legend>{t('pipelineCalendarTitle')}</legend>
      <div class="field">
        <label for="calendar-zone">{t('pipelineCalendarTimeZone')}</label>
        <input id="calendar-zone" value={calendar.timeZone} maxLength={100} onInput={(event) => props.onChange({ timeZone: event.currentTarget.value })} />
        <p class="field__hint">{t('pipelineCalendarTimeZoneHint')}</p>
      </div>
      <fieldset class="weekdays">
        <legend>{t('pipelineCalendarWorkWeek')}</legend>
        {WEEKDAYS.map((day) => (
          <label key={day} class="weekday">
            <input type="checkbox" checked={calendar.workWeek.includes(day)} onChange={(event) => props.onWeekday(day, event.currentTarget.checked)} />{' '}
            {t(`pipelineWeekday${day}`)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="calendar-holidays">{t('pipelineCalendarHolidays')}</label>
        <textarea id="calendar-holidays" rows={4} value={calendar.holidays} onInput={(event) => props.onChange({ holidays: event.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="calendar-makeup">{t('pipelineCalendarMakeUp')}</label>
        <textarea id="calendar-makeup" rows={2} value={calendar.makeUpWorkdays} onInput={(event) => props.onChange({ makeUpWorkdays: event.currentTarget.value })} />
        <p class="field__hint">{t('pipelineCalendarDatesHint')}</p>
      </div>
    </fieldset>
  );
}
