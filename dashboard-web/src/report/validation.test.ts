import { describe, expect, it } from 'vitest'
import { descriptionProblem, nameProblem, phoneProblem, problems } from './validation'

describe('phoneProblem', () => {
  it.each(['13800138000', '+86 138 0013 8000', '010-6512-3456', '12345'])('accepts %s', (phone) => {
    expect(phoneProblem(phone)).toBeNull()
  })

  it.each(['1234', 'abc12345', '+-1234567', '1'.repeat(21), '138001380００'])('refuses %s', (phone) => {
    expect(phoneProblem(phone)).toBe('phone')
  })

  it('lets the phone be left out', () => {
    expect(phoneProblem('   ')).toBeNull()
  })
})

describe('descriptionProblem', () => {
  it('needs some words', () => {
    expect(descriptionProblem(' \n ')).toBe('required')
  })

  it('takes 2000 characters and refuses 2001', () => {
    expect(descriptionProblem('楼'.repeat(2000))).toBeNull()
    expect(descriptionProblem('楼'.repeat(2001))).toBe('too-long')
  })
})

describe('problems', () => {
  it('names every field that stops the report', () => {
    expect(problems({ categoryId: '', gridId: '', description: '', name: '名'.repeat(51), phone: 'x' })).toEqual({
      categoryId: 'required',
      gridId: 'required',
      description: 'required',
      name: 'too-long',
      phone: 'phone',
    })
    expect(nameProblem('张三')).toBeNull()
  })
})
