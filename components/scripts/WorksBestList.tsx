import type { Script } from '../../lib/model';
import { ratedUses } from '../../lib/scripts/effectiveness';
import { useI18n } from '../common/I18n';

/** Answers ranked by how sure we are they work (Wilson lower bound), not by luck of one use. */
export function WorksBestList({ scripts }: { scripts: Script[] }) {
  const { t } = useI18n();
  return (
    <div class="works-best" data-testid="works-best">
      <h3>{t('scriptsWorksBestTitle')}</h3>
      {scripts.length === 0 ? (
        <p class="muted">{t('scriptsWorksBestEmpty')}</p>
      ) : (
        <ol>
          {scripts.map((script) => (
            <li key={script.id}>
              <span>{script.title}</span>
              {' · '}
              <span class="muted">{t('scriptsEffectiveness', { worked: script.workedCount, rated: ratedUses(script) })}</span>
              {' · '}
              <span class="muted">{t('scriptsUsedCount', { count: script.usedCount })}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
