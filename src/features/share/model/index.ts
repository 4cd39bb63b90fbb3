export {
  canonicalShareAnswers,
  decodeShareFragment,
  encodeShareFragment,
  failureMessages,
  MAX_FRAGMENT_LENGTH,
  SHARE_FORMAT_VERSION,
  ShareEncodeError,
  type DecodeFailureReason,
  type DecodeResult,
  type ShareExtras,
} from './codec';
export { buildShareUrl, isShareFragment, SHARE_LINK_WARN_LENGTH, shareLinkLength } from './share-link';
export { SCENARIO_NAME_MAX, type SharedScenario } from './extensions';
