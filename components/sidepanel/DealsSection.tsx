import { useEffect } from 'preact/hooks';
import { formatAmount } from '../../lib/deals/parseAmount';
import type { DealsPanelModel } from '../../lib/deals/panel/dealsPanelModel';
import { intlTag } from '../../lib/i18n';
import type { AccountDetails } from '../../lib/sidepanel/state';
import { useI18n } from '../common/I18n';
import { DealForm } from './DealForm';

/** The account's open deals (issue #24): amount, close date, probability; add, edit, close won or lost. */
export function DealsSection({ model, details }: { model: DealsPanelModel; details: AccountDetails }) {
  const { t, locale } = useI18n();
  const { account } = details;
  useEffect(() => void model.show(account), [model, account]);
  const deals = model.deals.value;
  const editing = model.editing.value;
  const tag = intlTag(locale);
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <section class="section" aria-labelledby="deals-title" data-testid="deals-section">
      <h3 id="deals-title">{t('dealsTitle')}</h3>
      {deals.length === 0 && !editing && <p class="muted" data-testid="deals-empty">{t('dealsEmpty')}</p>}
      <ul class="plain-list" data-testid="deal-list">
        {deals.map((deal) =>
          editing?.dealId === deal.id ? (
            <li key={deal.id}>
              <DealForm model={model} />
            </li>
          ) : (
            <li key={deal.id} class="deal" data-testid="deal-row">
              <strong data-testid="deal-name">{deal.name}</strong>{' '}
              <span data-testid="deal-amount">{formatAmount(deal.amount, deal.currency, tag)}</span>
              <span class="muted">
                {' · '}
                {t('dealCloses', { date: dateFormat.format(Date.parse(`${deal.expectedCloseDate}T00:00:00Z`)) })}
                {' · '}
                {t('dealProbabilityValue', { percent: String(deal.probability) })}
              </span>
              <div class="actions">
                <button type="button" class="button" onClick={() => model.startEdit(deal, 'edit')} aria-label={t('dealEditNamed', { name: deal.name })}>
                  {t('dealEdit')}
                </button>
                <button type="button" class="button" onClick={() => model.startEdit(deal, 'won')} data-testid="deal-won">
                  {t('dealCloseWon')}
                </button>
                <button type="button" class="button" onClick={() => model.startEdit(deal, 'lost')} data-testid="deal-lost">
                  {t('dealCloseLost')}
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {editing?.mode === 'add' && <DealForm model={model} />}
      {!editing && (
        <button type="button" class="button" data-testid="deal-add" onClick={() => void model.startAdd()}>
          {t('dealAdd')}
        </button>
      )}
      <span class="save-status" role="status">
        {model.status.value.kind === 'saved' && t('dealSaved')}
        {model.status.value.kind === 'failed' && t('dealSaveFailed')}
      </span>
    </section>
  );
}
