import { useRef } from 'preact/hooks';
import { OBJECTIONS, SCRIPT_KINDS, STAGES, type Objection, type ScriptKind, type ScriptLocale } from '../../lib/model';
import type { ScriptForm, ScriptsSettingsModel } from '../../lib/scripts/options/scriptsSettingsModel';
import { kindLabelKey, objectionLabelKey, variableLabelKey } from '../../lib/scripts/labelKeys';
import { SCRIPT_VARIABLES } from '../../lib/scripts/scriptVariables';
import { useI18n } from '../common/I18n';
import { ScriptPreview } from './ScriptPreview';

const valueOf = (event: Event): string => (event.currentTarget as HTMLInputElement).value;

/** Edit one script: fields, the variables it may use (click to insert), and a live preview. */
export function ScriptEditor({ model, form }: { model: ScriptsSettingsModel; form: ScriptForm }) {
  const { t } = useI18n();
  const body = useRef<HTMLTextAreaElement>(null);
  const preview = model.preview.value;
  const unknown = model.unknownVariables.value;
  return (
    <form class="script-editor" data-testid="script-editor" onSubmit={(event) => (event.preventDefault(), void model.save())}>
      <div class="field">
        <label for="script-title">{t('scriptsFieldTitle')}</label>
        <input id="script-title" value={form.title} maxLength={200} onInput={(e) => model.update({ title: valueOf(e) })} />
      </div>
      <div class="field field--row">
        <label>
          {t('scriptsFilterKind')}
          <select value={form.kind} onChange={(e) => model.update({ kind: valueOf(e) as ScriptKind })}>
            {SCRIPT_KINDS.map((kind) => <option key={kind} value={kind}>{t(kindLabelKey(kind))}</option>)}
          </select>
        </label>
        <label>
          {t('scriptsFilterObjection')}
          <select value={form.objection} onChange={(e) => model.update({ objection: valueOf(e) as Objection | '' })}>
            <option value="">{t('scriptsObjectionNone')}</option>
            {OBJECTIONS.map((objection) => <option key={objection} value={objection}>{t(objectionLabelKey(objection))}</option>)}
          </select>
        </label>
        <label>
          {t('scriptsFieldLocale')}
          <select value={form.locale} onChange={(e) => model.update({ locale: valueOf(e) as ScriptLocale })}>
            <option value="en">{t('scriptsLocale_en')}</option>
            <option value="zh_CN">{t('scriptsLocale_zh_CN')}</option>
          </select>
        </label>
      </div>
      <fieldset class="field">
        <legend>{t('scriptsFieldStages')}</legend>
        {STAGES.map((stage) => (
          <label key={stage} class="check">
            <input type="checkbox" checked={form.stages.includes(stage)} onChange={() => model.toggleStage(stage)} />
            {t(`stage_${stage}`)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="script-industries">{t('scriptsFieldIndustries')}</label>
        <input id="script-industries" value={form.industries} onInput={(e) => model.update({ industries: valueOf(e) })} />
      </div>
      <div class="field">
        <label for="script-body">{t('scriptsFieldBody')}</label>
        <textarea id="script-body" ref={body} rows={10} value={form.body} onInput={(e) => model.update({ body: valueOf(e) })} />
        <p class="field__hint">{t('scriptsVariablesHelp')}</p>
        <div class="variable-chips">
          {SCRIPT_VARIABLES.map((path) => (
            <button
              key={path}
              type="button"
              class="chip"
              title={t(variableLabelKey(path))}
              onClick={() => model.insertVariable(path, body.current?.selectionStart ?? form.body.length, body.current?.selectionEnd ?? form.body.length)}
            >
              {`{{${path}}}`}
            </button>
          ))}
        </div>
        {unknown.length > 0 && <p class="field__error">{t('scriptsUnknownVariables', { names: unknown.join(', ') })}</p>}
      </div>
      <h4>{t('scriptsPreviewSample')}</h4>
      {preview && <ScriptPreview segments={preview.segments} missing={preview.missing} />}
      <div class="actions">
        <button type="submit" class="button button--primary" data-testid="script-save">{t('scriptsSave')}</button>
        <button type="button" class="button" onClick={model.cancel}>{t('scriptsCancel')}</button>
      </div>
    </form>
  );
}
