import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { Link } from 'wouter';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.heading'));
  return (
    <div className="page-head">
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.body')}</p>
      <Link href="/">{t('notFound.back')}</Link>
    </div>
  );
}
