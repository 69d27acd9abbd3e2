/** What the pathway needs beyond the start page, loaded as one chunk (see usePathway.ts). */
export { createPathwayMachine, currentNodeId } from '../pathway/machine';
export { nextState, replay } from './steps';
