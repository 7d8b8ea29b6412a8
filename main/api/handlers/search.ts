import type { HandlerTable } from '../dispatcher'
import { search } from '../../services/search/search'

export const searchHandlers: Pick<HandlerTable, 'search/query'> = {
  'search/query': ({ query, perKind, kinds }, ctx) => search(ctx.db, query, { perKind, ...(kinds ? { kinds } : {}) }),
}
