export { DEFAULT_TEMPLATES, TEMPLATE_KINDS_BY_ROLE } from './defaults';
export {
  firstNameOf,
  mergeTemplates,
  PLACEHOLDER_FALLBACKS,
  PLACEHOLDERS,
  type PlaceholderName,
  pickTemplate,
  renderTemplate,
  type TemplateContactLike,
  type TemplateContext,
  type TemplateExtras,
  type TemplateKindKey,
  type TemplateSettingsLike,
  type TemplateValues,
  templateValues,
} from './render';
