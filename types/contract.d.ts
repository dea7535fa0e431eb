/**
 * The interfaces a host portal relies on (CONTRACT §2). Hosts import these types to write
 * `loadMicroApp<GroupChatAppProps>(...)`; `npm run build:types` publishes them.
 */
/** A person the user may pick. */
export interface Candidate {
    userId: string;
    name: string;
    department?: string;
    avatar?: string;
}
export type Locale = 'zh-CN' | 'en-US';
/** Where the module runs: the WeCom client, personal WeChat (cannot open WeCom chats) or a browser. */
export type Environment = 'wecom' | 'wechat' | 'browser';
export type GroupChatErrorCode = 'invalid-props' | 'network' | 'timeout' | 'auth' | 'backend' | 'sdk-config' | 'open-chat' | 'unsupported-client';
/** One shape for every failure, shared by the UI and `onError`. */
export interface GroupChatError {
    code: GroupChatErrorCode;
    /** A translated sentence a person understands, saying what to do next. */
    message: string;
    /** Set when the group exists although something after its creation failed. */
    chatId?: string;
}
/** What `onCreated` receives once the backend has created the group. */
export interface GroupCreated {
    chatId: string;
    bizId: string;
    peopleList: string[];
    name: string;
    /** True when the WeCom client jumped into the chat. */
    opened: boolean;
    environment: Environment;
}
export interface Endpoints {
    /** @default '/wecom/jssdk/config-signature' */
    configSignature?: string;
    /** @default '/wecom/jssdk/agent-signature' */
    agentSignature?: string;
    /** @default '/wecom/group-chats' */
    createGroup?: string;
}
export interface GroupChatAppProps {
    /** The business record the group is for; sent to the backend as `id`. */
    bizId: string;
    /** The people the user may pick from, or a loader for them. */
    candidates: Candidate[] | (() => Promise<Candidate[]>);
    /** userIds ticked when the dialog opens. @default [] */
    defaultSelected?: string[];
    /** Suggested group name. @default '' */
    defaultGroupName?: string;
    /** userId of the group owner, when the host knows it. */
    owner?: string;
    /** The record already has a group: the trigger opens it instead of creating one. */
    existingChatId?: string;
    /** Host-controlled visibility; when absent the module renders its own trigger button. */
    open?: boolean;
    /** Base URL of the existing backend. @default '/api' */
    apiBaseUrl?: string;
    /** Paths under `apiBaseUrl`. */
    endpoints?: Endpoints;
    /** Called before every request, so a refreshed token is always used. */
    getHeaders?: () => Record<string, string> | Promise<Record<string, string>>;
    /** The page the group's first message links back to. @default location.href */
    linkUrl?: string;
    /** Language of every visible text. @default 'zh-CN' */
    locale?: Locale;
    /** Overrides the corpid the signature response carries. */
    corpId?: string;
    /** Overrides the agentid the signature response carries. */
    agentId?: string;
    /** A host that owns the WeCom JS-SDK passes its own jump; the module then never registers the SDK. */
    openChat?: (chatId: string) => Promise<void>;
    /** Request timeout in milliseconds. @default 10000 */
    timeoutMs?: number;
    onCreated?: (result: GroupCreated) => void;
    onClose?: () => void;
    onError?: (error: GroupChatError) => void;
    onAuthExpired?: () => void;
}
/** What qiankun adds to the props it passes to each lifecycle. */
export interface QiankunLifecycleProps {
    name?: string;
    container?: HTMLElement;
}
