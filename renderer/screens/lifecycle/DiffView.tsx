import { useTranslation } from 'react-i18next'
import type { SectionDiff } from '../../../shared/lifecycle/diff'

/** What changed between two versions: per section, the removed lines then the added ones, in context. */
export function DiffView({ diff }: { diff: readonly SectionDiff[] }) {
  const { t } = useTranslation()
  if (diff.length === 0) return <p className="lifecycle__muted">{t('lifecycle.ui.versions.noChange')}</p>
  return (
    <div className="lifecycle-diff">
      {diff.map((section) => (
        <section key={section.section} className="lifecycle-diff__section">
          <h4>{t(`lifecycle.verify.sections.${section.section}`)}</h4>
          <ul>
            {section.lines
              .filter((line) => line.kind !== 'same')
              .map((line, i) => (
                <li key={i} className={`lifecycle-diff__line lifecycle-diff__line--${line.kind}`}>
                  {t(line.kind === 'added' ? 'lifecycle.verify.added' : 'lifecycle.verify.removed', { text: line.text })}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
