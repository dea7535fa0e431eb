/**
 * Runs before the example host's own script (bench/pages/vite.config.ts puts it first in the host
 * page): the timing probe. The host itself is used unchanged, `?wecom=sim` simulator included.
 */
import { installProbe } from './probe'

installProbe()
