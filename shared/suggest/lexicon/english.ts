// The English cue lexicon: speech, statement, belief and finding verbs, anonymous and document
// nouns, pronouns. Lemmas as wink-eng-lite-web-model gives them; all lower case.
import type { CueLexicon } from './lexicon';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

export const english: CueLexicon = {
  speechVerbs: words(`
    say tell add state write tweet post explain warn insist claim deny argue note ask answer reply
    respond comment remark tell quote cite stress emphasize emphasise affirm reaffirm reiterate
    detail describe recall testify allege accuse acknowledge admit concede contend maintain assert
    suggest urge vow pledge promise threaten predict estimate caution complain lament observe
    mention write blog text message reveal disclose signal indicate conclude agree
    tout boast charge counter retort acknowledge demand call urge appeal plead inform brief
    elaborate clarify specify underline underscore highlight hint joke quip shout scream yell
    whisper mutter exclaim recount relate narrate suggest propose advise
  `),
  statementVerbs: words(`
    announce declare confirm report proclaim unveil notify certify communicate broadcast
  `),
  beliefVerbs: words(`
    believe think expect fear hope doubt suspect feel consider reckon worry assume anticipate
    insist back oppose support endorse favour favor reject condemn criticise
    criticize dispute question want blame recommend predict
  `),
  positionVerbs: words(`
    back oppose support endorse favour favor reject condemn criticise criticize dispute
    expect predict blame accuse deny recommend urge doubt call announce declare claim question
    accept advise forecast estimate
  `),
  describingVerbs: words(`describe call label brand term dub characterise characterize`),
  judgingVerbs: words(`dismiss condemn denounce decry deride hail praise welcome slam criticise criticize reject`),
  findingVerbs: words(`find show suggest indicate reveal conclude estimate put say forecast`),
  phrases: [
    'according to',
    'claimed responsibility',
    'claim responsibility',
    'claims responsibility',
    'is quoted as saying',
    'was quoted as saying',
    'were quoted as saying',
    'quoted as saying',
    'in a statement',
    'told reporters',
  ],
  accordingTo: ['according to'],
  anonymousNouns: words(`
    official officials source sources witness witnesses resident residents diplomat diplomats
    insider insiders observer observers analyst analysts expert experts people person aide aides
    someone activist activists medic medics officer officers objector objectors trader traders
    economist economists doctor doctors spokesman spokeswoman spokesperson spokespeople parent
    parents other others some several many most critic critics opponent opponents supporter
    supporters member members worker workers employee employees farmer farmers teacher teachers
    nurse nurses scientist scientists researcher researchers lawyer lawyers investor investors
    voter voters protester protesters student students villager villagers citizen citizens
    local locals survivor survivors relative relatives family families neighbour neighbours
    neighbor neighbors executive executives banker bankers dealer dealers participant participants
    delegate delegates negotiator negotiators planner planners campaigner campaigners companies
    firms staff lawmakers senators legislators archaeologist archaeologists respondents
    commentators bystanders patients victims users customers shoppers drivers pilots soldiers
    troops fighters
  `),
  anonymityMarkers: [
    'asked not to be named',
    'declined to be named',
    'not authorized to',
    'not authorised to',
    'on condition of anonymity',
    'speaking anonymously',
    'requested anonymity',
    'unnamed',
    'anonymous',
    'informed',
    'familiar with',
    'close to',
  ],
  issuedNouns: words(`statement statements communique communiqué announcement declaration`),
  issuerLinks: ['issued by', 'released by', 'from', 'by', 'of'],
  documentNouns: words(`
    report reports study studies figure figures data survey surveys poll polls document documents
    statistic statistics record records census estimate estimates analysis research review
    assessment findings letter memo filing filings paper papers indictment complaint ruling
    judgment judgement verdict audit budget forecast index tally count release bulletin results
    list calculations calculation copy text tool website database register transcript footage
    recording imagery photos images map tallies counts projections projection model models
    minutes records investigation investigations inquiry probe tests
  `),
  organizationNouns: words(`
    group groups movement army military police ministry government office agency company firm
    party council committee commission court union organisation organization association
    authority authorities department board bank parliament senate congress cabinet coalition
    alliance force forces resistance militia front brigade brigades regime administration
    campaign foundation institute university hospital league federation service services embassy
    presidency nations renewables motors monitor inc ltd corp corporation partners capital
    holdings industries consultancy charity bureau centre center fund network organisation
    airline airlines bank exchange council agency club regulator operator insurer carrier
    manufacturer developer retailer utility supplier producer distributor museum school trust
    unit works
  `),
  governmentNouns: words(`
    ministry government administration parliament senate congress cabinet embassy department
    presidency state police army military authorities authority council commission
  `),
  roleNouns: words(`
    minister president premier chancellor ambassador governor mayor secretary chairman
    chairwoman chair director chief head leader ceo commander general judge prosecutor senator
    lawmaker mp professor founder owner manager coach captain envoy spokesperson-in-chief king
    queen prince pope bishop imam rabbi economist-in-chief incumbent candidate councillor councilor
    councilman councilwoman alderman congressman congresswoman assemblyman assemblywoman
  `),
  courtesyTitles: words(`mr mrs ms miss mx dr prof sir dame lord lady rev fr`),
  mediaNouns: words(`
    correspondent reporter journalist newspaper television tv radio channel outlet broadcaster
    magazine editor daily times post news
  `),
  reporterMarkers: words(`our correspondent correspondents reporter reporters`),
  pronouns: new Map<string, 'person' | 'group' | 'any'>([
    ['he', 'person'],
    ['she', 'person'],
    ['they', 'any'],
    ['it', 'group'],
    ['we', 'group'],
    ['i', 'person'],
  ]),
  complementisers: words(`that`),
  continuations: words(`additionally also moreover furthermore besides meanwhile`),
  notSources: words(`plan plans schedule schedules rule rules tradition custom law standards standard guidelines`),
  describingWords: words(`
    former senior junior top high-ranking retired current serving veteran local foreign two three four
    five six seven eight nine ten dozens hundreds thousands few both aid relief humanitarian human
    rights`),
  nameLinks: words(`of for and on in the to without with against at by from de du des del della di da la le al el bin ibn van von der sans pour et y & -`),
  plainBodyNouns: words(`company group firm corporation organisation organization business conglomerate`),
};
