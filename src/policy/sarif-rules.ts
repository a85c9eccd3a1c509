import type { SarifRuleDescriptor } from '../report/sarif.js';
import { BUILTIN_RULES } from './rules/catalog.js';

/** The built-in rules as SARIF rule descriptors, with a link to their docs page. */
export function sarifRuleDescriptors(): SarifRuleDescriptor[] {
  return BUILTIN_RULES.map((rule) => ({
    id: rule.code,
    name: rule.name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: rule.summary,
    fullDescription: rule.why.replace(/\s+/g, ' ').trim(),
    help: rule.hint,
    helpMarkdown: `${rule.hint}\n\n${rule.fix}`,
    helpUri: `docs/rules/${rule.code}.md`,
    defaultSeverity: rule.defaultSeverity,
    tags: [rule.family],
  }));
}
