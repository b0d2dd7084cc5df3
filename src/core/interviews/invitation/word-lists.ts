/** The word lists names are read with: title words, words that are never names, and the fields titles are for. */

// Words that make a phrase a job title ("Head of Design", "Staff Engineer").
export const TITLE_WORDS = new Set(
  (
    'manager managing engineer engineering director lead leader head officer president vp svp evp avp recruiter recruiting recruitment partner designer ' +
    'scientist analyst architect developer coordinator specialist consultant controller accountant founder co-founder cofounder ceo cto cfo coo cpo ' +
    'cmo ciso cio chro chief principal staff senior junior associate executive administrator assistant intern owner editor producer counsel attorney ' +
    'researcher strategist advisor adviser representative generalist sourcer talent hr chair chairman chairwoman member sre pm em supervisor ' +
    'professor treasurer secretary auditor actuary economist technician operator planner buyer marketer writer copywriter tester qa devops programmer ' +
    'product project programme program people operations ops finance sales marketing design hiring tech technical acquisition mentor trainer coach ' +
    'scrum master fellow investigator physician nurse pharmacist clinician teacher lecturer superintendent foreman chemist biologist statistician ' +
    'expert officer ambassador steward agent lawyer paralegal receptionist coordinator registrar md gm ed hrbp bdm sdr ae cso cco cdo cro ' +
    'sr snr asst assoc mgr exec dir tl hm swe sde evangelist administrator lecturer solicitor barrister surgeon dentist therapist psychologist chef sommelier pilot captain ' +
    'reader dean provost chancellor vice-chancellor tutor instructor docent adjunct curator librarian archivist ' +
    'headteacher headmaster headmistress governor trustee commissioner deputy councillor examiner assessor interviewer panellist panelist ' +
    'underwriter surveyor estimator broker bookkeeper optometrist radiographer paramedic physiotherapist veterinarian midwife doctor ' +
    'matron raiser bar-raiser warden bailiff sergeant constable inspector foreperson ' +
    'journalist correspondent translator interpreter electrician mechanic dispatcher cashier illustrator animator photographer ' +
    // Roles written as one word: "Teamlead Grid Analytics", "Techlead".
    'teamlead teamleader techlead ' +
    // Titles in other languages that a name's particles could otherwise carry ("Responsable de Selección").
    'responsable gerente gerenta jefe jefa superintendente supervisora encargado encargada directora coordinadora coordinador analista ingeniero ingeniera técnico técnica consultor consultora ' +
    'especialista recrutadora recrutador diretor diretora leiter leiterin geschäftsführer geschäftsführerin referent referentin ' +
    'directeur directrice chargé chargée responsável conseiller conseillère líder enólogo enóloga responsabile dirigente kierownik dyrektor specjalista ' +
    // German master craftsmen: "Meister Elektrotechnik", "Industriemeisterin".
    'meister meisterin'
  ).split(' '),
);

// Capitalised words that are never part of a person's name here.
export const STOP = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat january february march july september ' +
    'october november december feb apr jun jul aug sep sept oct nov today tomorrow tonight morning afternoon evening noon midnight ' +
    'the a an our your my his her their its this that these those we you they he she it i me us them please thanks thank hi hello hey dear ' +
    'regards best cheers welcome break lunch dinner coffee agenda schedule session interview interviews panel call video phone onsite on-site ' +
    'virtual meeting meetings room rooms building floor level suite street st road rd avenue ave boulevard blvd lane drive way square station ' +
    'hall house centre center tower campus reception lobby desk office offices hq headquarters site park-and-ride parking car garage gate entrance ' +
    'zoom teams microsoft google meet webex skype slack linkedin hangouts calendar outlook gmail iphone android excel powerpoint word ios ' +
    'studio app platform cloud team squad group department division unit practice guild chapter tribe committee board inc ltd llc llp gmbh ' +
    'plc corp co company partners labs systems technologies technology software solutions bank capital consulting ventures holdings logistics ' +
    'robotics analytics media studios sa ag bv nv pty pte kk oy ab as asa spa srl sas sarl limited incorporated corporation group university ' +
    'college school institute hospital clinic foundation new san santa saint st los las north south east west upper lower central city port fort ' +
    'mount lake river bay island county state republic united kingdom america europe asia africa pacific eastern western central mountain time ' +
    'standard daylight summer winter utc gmt bst cet est pst cst edt pdt ist q&a qa ok yes no not and or with from for of to in on at by via ' +
    'about after before during all every each both any some more most other another next last first second third final round stage step ' +
    'case study exercise presentation task test assessment challenge demo review debrief intro introduction overview wrap-up wrap close closing ' +
    'tour visit arrival check-in welcome here there where when what who why how which will would can could should may might must shall ' +
    'subject re fw fwd betreff asunto objet assunto oggetto onderwerp temat invitation updated accepted declined tentative organizer organiser required optional guests attendees participants ' +
    // Labels and table headings: "Post: …", "Name  Title  Focus".
    'name names post vacancy ref reference grade salary focus topic topics mode form venue type notes ' +
    'join joining dial passcode password pin id link url address location date time duration format position role job title security ' +
    'behavioral behavioural coding code system systems culture values fit skills deep dive leadership whiteboard pairing programming ' +
    'customer success frontend backend infrastructure mobile research screen chat hong kong kuala lumpur buenos aires dhabi tel aviv ' +
    'cape town rio janeiro delhi mexico observer observers toll free conference bridge everyone someone anyone nobody somebody everybody ' +
    'one two three four five six several many few others colleagues members engineers managers founders folks guys hiring-team recruiters ' +
    'candidate candidates applicant asap fyi tbc tbd n/a eta rsvp faq mba phd cpa cfa pmp shrm phr sphr cipd msc bsc llb esq frcs acca cima ' +
    'cissp emea apac latam amer usa utc gmt cet est pst edt pdt bst ist sast wat eat aest aedt nzst jst kst sgt hkt pvt private ' +
    'india china japan korea germany france spain italy portugal brazil mexico canada australia nigeria kenya ghana egypt israel ' +
    'ireland scotland wales england poland netherlands belgium sweden norway denmark finland switzerland austria singapore malaysia ' +
    'indonesia philippines vietnam thailand pakistan bangladesh argentina chile colombia peru turkey greece romania ukraine russia ' +
    'emirates arabia qatar africa zealand human resources graduate graduates programme program scheme academy ' +
    // Words that end a company's name and are nobody's family name: "Northwind Traders", "Kestrel Pharmaceuticals".
    'traders trading industries enterprise enterprises associates brands foods motors airlines airways energy pharma pharmaceuticals insurance ' +
    'healthcare telecom telecoms networks games interactive digital dynamics electronics freight shipping haulage retail hotels resorts ' +
    'apparel cooperative co-op realty properties construction builders architects biotech therapeutics biosciences diagnostics devices ' +
    'instruments materials chemicals mining minerals aerospace automotive mobility publishing entertainment pictures records fitness ' +
    'consultancy advisory agency services products manufacturing industrial international global worldwide financial investments ' +
    'assurance beverages brewing brewery bakery hospitality transport transportation logistik couriers telecommunications semiconductors ' +
    'pharmacy pharmacies supermarkets stores markets marketplace exchange payments fintech insurtech foundation charity trust ' +
    'banking lending legal accountants accounting partnership collective society association alliance authority ministry ' +
    'bureau council commission federation cooperative outsourcing staffing recruiters fabricators fabrication contractors ' +
    'distributors manufacturers suppliers wholesalers semiconductor plantations berhad bhd sdn tbk ' +
    // People counted by their part, never one person: "Interviewers:", "Panellists".
    'interviewers panellists panelists interviewees ' +
    // Rooms, buildings and teams in the languages invitations come in: "Sala Ada Lovelace", "Equipo de Datos", "Salle Curie".
    'sala salle raum edificio edifício bâtiment gebäude oficina oficinas bureau büro planta piso étage andar equipo equipe équipe gerencia ' +
    // Words after a name that make it a room or a school: "Turing Huddle", "Jefferson Elementary", "Curie Pod".
    'huddle huddles pod booth elementary primary secondary kindergarten preschool ' +
    // "Uhr", the German "o'clock": "09:30 Uhr Empfang" is a time, never a name.
    'uhr'
  ).split(' '),
);

// Words of a field rather than a role: part of a title ("Head of Design") but not one alone ("System design").
export const FIELD_WORDS = new Set(
  (
    'engineering product project programme program people operations ops finance sales marketing design hiring tech technical talent acquisition data recruiting recruitment ' +
    // Departments: "Senior Manager, Internal Audit"; never a family name here.
    'audit risk compliance tax treasury procurement legal payroll facilities strategy partnerships communications analytics insight insights ' +
    'quality safety governance underwriting claims innovation transformation delivery ' +
    // Areas a title is for: "Director, Process Integration", "Manager, Plant Maintenance".
    'integration process planning maintenance production development purchasing reliability sustainability ' +
    // Practice areas of firms: "Partner, Real Estate", "Senior Associate, Commercial Litigation".
    'estate estates litigation employment corporate commercial property conveyancing disputes ' +
    // Departments in German, Spanish and French: "Leiterin Forschung & Entwicklung", "Gerente de Ventas", "Recherche & Développement".
    'forschung entwicklung vertrieb einkauf produktion fertigung buchhaltung finanzas ventas compras recherche développement'
  ).split(' '),
);

// Ordinary nouns and adjectives of offices, labels and headings that are rarely anyone's given or family name: a phrase made of
// them only ("General Affairs", "Revenue Management", "Event:", "Vaga:") names a department or a label, never a person.
// Words that are names too ("Grace", "Hope", "Will", "Baker", "Hall", "King") are not here, so one of them keeps a name.
export const ORDINARY_WORDS = new Set(
  (
    'general affairs administration admin support service business client clients account accounts billing budget content ' +
    'community event events external internal facility information experience learning benefits compensation workplace employee ' +
    'employees personnel revenue revenues management network policy portfolio public relations investor supply chain training travel ' +
    'details detail summary reminder note notes important info instructions directions contact contacts attachment attachments update ' +
    'confirmation status description host hosts invite invitee invitees organisation organization interviewing recruitment ' +
    // Spanish, Portuguese, French and German labels and departments: "Vaga:", "Puesto:", "Poste :", "Stelle:".
    'vaga vagas cargo puesto vacante empresa entrevista evento local horário horario fecha hora lugar dirección direccion departamento ' +
    'área area gestión gestion gestão gestao recursos humanos asuntos assuntos geral gerais generales administración administração ' +
    'poste entretien lieu société societe entreprise événement evenement heure adresse stelle gespräch gesprach termin ort abteilung ' +
    'unternehmen veranstaltung bewerbung datum uhrzeit personalabteilung pessoas personas ' +
    // Italian, Spanish and German offices and fields: "Segreteria Risorse Umane", "Riesgo de Crédito", "Meister Elektrotechnik".
    'segreteria ufficio risorse umane personale amministrazione direzione riesgo riesgos crédito credito mercados tesorería ' +
    'contabilidad auditoría calidad operaciones seguros inversiones elektrotechnik instandhaltung maschinenbau verwaltung ' +
    'qualität qualitätssicherung empfang ende rundgang werksrundgang pause mittagessen begrüßung ' +
    // Hospital units and the aisles of a shop: "Cardiac Step-Down", "Frozen & Chilled".
    'cardiac step-down oncology paediatric pediatric paediatrics pediatrics neonatal surgical orthopaedic orthopedic radiology ' +
    'cardiology maternity intensive acute outpatient outpatients inpatient frozen chilled dairy grocery produce'
  ).split(' '),
);
