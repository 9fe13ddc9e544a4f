/**
 * The same limits the server applies at its door (api/ReportRequests.Submit), checked before sending so the
 * resident is told at once, next to the field. Lengths count UTF-16 units as the server's @Size does.
 */
export const DESCRIPTION_MAX = 2000
export const NAME_MAX = 50
export const PHONE_PATTERN = /^\+?[0-9][0-9 -]{4,19}$/

export type FieldProblem = 'required' | 'too-long' | 'phone'

export function descriptionProblem(text: string): FieldProblem | null {
  if (!text.trim()) return 'required'
  return text.trim().length > DESCRIPTION_MAX ? 'too-long' : null
}

/** Optional; when given it must look like a phone number (digits, an optional leading +, spaces or dashes). */
export function phoneProblem(phone: string): FieldProblem | null {
  const value = phone.trim()
  return value && !PHONE_PATTERN.test(value) ? 'phone' : null
}

export function nameProblem(name: string): FieldProblem | null {
  return name.trim().length > NAME_MAX ? 'too-long' : null
}

export interface FieldsToCheck {
  categoryId: string
  gridId: string
  description: string
  name: string
  phone: string
}

/** Every field that stops the report from being sent, in the order the page shows them. */
export function problems(fields: FieldsToCheck): Partial<Record<'categoryId' | 'gridId' | 'description' | 'name' | 'phone', FieldProblem>> {
  const found: Partial<Record<'categoryId' | 'gridId' | 'description' | 'name' | 'phone', FieldProblem>> = {}
  if (!fields.categoryId) found.categoryId = 'required'
  if (!fields.gridId) found.gridId = 'required'
  const description = descriptionProblem(fields.description)
  if (description) found.description = description
  const name = nameProblem(fields.name)
  if (name) found.name = name
  const phone = phoneProblem(fields.phone)
  if (phone) found.phone = phone
  return found
}
