// Only what we call, so the lazy chunk carries the parts of @wecom/jssdk we use and not all of it.
export {
  ensureAgentConfigReady,
  openExistedChatWithMsg,
  register,
  selectEnterpriseContact,
  SelectEnterpriseContactMode,
  SelectEnterpriseContactType,
} from '@wecom/jssdk'
