import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps, type TooltipValueType } from 'recharts'
import type { ActivityDetail, ProgressPoint } from '../../../../shared/domain/plan'
import { formatPercent, IMPORTANT_FROM, TERMINE_FROM } from '../../../../shared/plan/bands'
import { longDate, shortDate } from '../parts/format'
import { chartRows, timeDomain, type ChartRow, type Series } from './chart-data'

const ENGAGEMENT_COLOR = '#0f5c6e'
// Muted and distinct, so that the engagement's own line stays the one the eye follows.
const ACTIVITY_COLORS = ['#7b9cc4', '#c08497', '#8fb58a', '#d0a15f', '#9d8ac9', '#6fb3b3', '#b99377', '#94a3b3']

function ChartTooltip({ active, payload }: TooltipContentProps<TooltipValueType, string | number>) {
  const row = payload?.[0]?.payload as ChartRow | undefined
  if (!active || row === undefined) return null
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip__date">{longDate(row.date)}</div>
      {row.meetingTitle ? <div className="chart-tooltip__meeting">{row.meetingTitle}</div> : null}
      <ul>
        {payload.map((p) =>
          typeof p.value === 'number' ? (
            <li key={String(p.dataKey)}>
              <span className="chart-tooltip__swatch" style={{ background: p.color }} />
              {p.name} : <strong>{formatPercent(p.value)}</strong>
            </li>
          ) : null,
        )}
      </ul>
    </div>
  )
}

/** The engagement's progress over the meetings, optionally with each activity's. */
export function ProgressChart({ history, activities }: { history: readonly ProgressPoint[]; activities: readonly ActivityDetail[] }) {
  const { t } = useTranslation()
  const toggleId = useId()
  const [showActivities, setShowActivities] = useState(false)
  const activitySeries: (Series & { name: string; color: string })[] = activities
    .filter((a) => a.history.length > 0)
    .map((a, i) => ({
      key: `a${a.id}`,
      history: a.history,
      name: t('planUi.engagement.activitySeries', { number: a.number }),
      color: ACTIVITY_COLORS[i % ACTIVITY_COLORS.length] ?? '#94a3b3',
    }))
  const series: Series[] = [{ key: 'engagement', history }, ...(showActivities ? activitySeries : [])]
  const rows = chartRows(series)
  const summary = history
    .map((p) => t('join.labelValue', { label: longDate(p.date), value: formatPercent(p.percent) }))
    .join(t('join.series'))

  if (history.length === 0) return <p className="muted chart-empty">{t('planUi.engagement.chartEmpty')}</p>
  return (
    <div className="progress-chart">
      {activitySeries.length > 0 ? (
        <label className="check progress-chart__toggle" htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={showActivities} onChange={(e) => setShowActivities(e.target.checked)} />
          {t('planUi.engagement.showActivities')}
        </label>
      ) : null}
      <div className="progress-chart__plot" role="img" aria-label={t('join.labelValue', { label: t('planUi.engagement.chartLabel'), value: summary })}>
        <ResponsiveContainer width="100%" height={250}>
          <LineChart data={rows} margin={{ top: 12, right: 24, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="#e8ebef" vertical={false} />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={timeDomain(rows)}
              ticks={rows.map((r) => r.t)}
              tickFormatter={(value: number) => shortDate(new Date(value).toISOString().slice(0, 10))}
              tick={{ fontSize: 12, fill: '#5b6775' }}
              stroke="#c3c9d2"
              padding={{ left: 44, right: 44 }}
            />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={(value: number) => `${value}\u00a0%`}
              tick={{ fontSize: 12, fill: '#5b6775' }}
              stroke="#c3c9d2"
              width={52}
            />
            <ReferenceLine y={IMPORTANT_FROM} stroke="#c99a06" strokeOpacity={0.45} strokeDasharray="4 4" />
            <ReferenceLine y={TERMINE_FROM} stroke="#1f7a4d" strokeOpacity={0.45} strokeDasharray="4 4" />
            <Tooltip content={ChartTooltip} />
            {showActivities
              ? activitySeries.map((s) => (
                  <Line
                    key={s.key}
                    dataKey={s.key}
                    name={s.name}
                    type="linear"
                    stroke={s.color}
                    strokeWidth={1.5}
                    strokeDasharray="5 3"
                    dot={{ r: 2.5 }}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))
              : null}
            <Line
              dataKey="engagement"
              name={t('planUi.engagement.series')}
              type="linear"
              stroke={ENGAGEMENT_COLOR}
              strokeWidth={2.5}
              dot={{ r: 4, fill: ENGAGEMENT_COLOR }}
              activeDot={{ r: 5 }}
              isAnimationActive={false}
            />
            {showActivities ? <Legend iconType="plainline" wrapperStyle={{ fontSize: 12 }} /> : null}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {history.length === 1 ? <p className="muted chart-note">{t('planUi.engagement.chartSingle')}</p> : null}
    </div>
  )
}
