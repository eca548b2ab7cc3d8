import { useI18n } from '../common/I18n';

/** A rep chosen from the team's members, or typed when this install cannot list the team. */
export function RepInput({ id, members, value, onChange }: { id: string; members: string[] | null; value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  if (members === null) return <input id={id} type="text" value={value} maxLength={200} onInput={(event) => onChange(event.currentTarget.value)} />;
  const choices = value && !members.includes(value) ? [...members, value] : members;
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
      <option value="">{t('assignmentNobody')}</option>
      {choices.map((name) => (
        <option key={name} value={name}>{name}</option>
      ))}
    </select>
  );
}
