import type { Contact } from '../../lib/model';
import { useI18n } from '../common/I18n';

export function ContactList({ contacts }: { contacts: Contact[] }) {
  const { t } = useI18n();
  return (
    <section class="section" aria-labelledby="contacts-title">
      <h3 id="contacts-title">{t('accountContacts')}</h3>
      {contacts.length === 0 ? (
        <p class="muted" data-testid="contacts-empty">{t('accountContactsEmpty')}</p>
      ) : (
        <ul class="plain-list" data-testid="contact-list">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <strong>{contact.name}</strong>
              {contact.title && <span class="muted"> · {contact.title}</span>}
              {contact.email && <div class="muted">{contact.email}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
