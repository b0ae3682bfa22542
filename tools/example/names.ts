/**
 * Fictional names for the example school: a diverse UK secondary, with no real pupil or member of
 * staff behind any of them. Lists are long enough for 2,000 distinct pupils.
 */
import type { Random } from './random';

export const GIRLS_FORENAMES: readonly string[] = [
  'Amara', 'Isla', 'Freya', 'Zara', 'Hafsa', 'Lily', 'Grace', 'Chloe', 'Ruby', 'Evie', 'Maryam', 'Aisha',
  'Niamh', 'Siobhan', 'Priya', 'Anjali', 'Olivia', 'Ella', 'Poppy', 'Imogen', 'Jasmine', 'Layla', 'Nadia', 'Ewa',
  'Zofia', 'Kemi', 'Tobi', 'Adaeze', 'Rhiannon', 'Carys', 'Mei', 'Hannah', 'Bethany', 'Esme', 'Phoebe', 'Lola',
  'Safiya', 'Iqra', 'Harleen', 'Simran', 'Tia', 'Keisha', 'Shannon', 'Roisin', 'Daisy', 'Sofia', 'Maja', 'Alicja',
  'Yasmin', 'Fatima', 'Eden', 'Willow', 'Millie', 'Summer', 'Ava', 'Mia', 'Leah', 'Ivy', 'Maisie', 'Erin',
];

export const BOYS_FORENAMES: readonly string[] = [
  'Kwame', 'Reuben', 'Ethan', 'Jack', 'Harrison', 'Rhys', 'Dylan', 'Owen', 'Callum', 'Kieran', 'Arjun', 'Rohan',
  'Bilal', 'Hamza', 'Yusuf', 'Ibrahim', 'Tomasz', 'Jakub', 'Kacper', 'Chidi', 'Tunde', 'Emeka', 'Daniel', 'Samuel',
  'Noah', 'Leo', 'Archie', 'Finlay', 'Alfie', 'Theo', 'Jamal', 'Tyrese', 'Marcus', 'Connor', 'Liam', 'Sean',
  'Declan', 'Ravi', 'Sanjay', 'Haris', 'Ali', 'Omar', 'Zain', 'Kai', 'Jude', 'Ezra', 'Lewis', 'Cameron',
  'Elliot', 'Mason', 'Logan', 'Toby', 'Oscar', 'Rory', 'Ciaran', 'Mateo', 'Luca', 'Adam', 'Isaac', 'Gabriel',
];

export const SURNAMES: readonly string[] = [
  'Okafor', 'Mensah', 'Adebayo', 'Osei', 'Boateng', 'Khan', 'Hussain', 'Rahman', 'Begum', 'Akhtar', 'Chowdhury', 'Iqbal',
  'Sharma', 'Gill', 'Sandhu', 'Bains', 'Desai', 'Nair', 'Kowalski', 'Nowicki', 'Wiśniewski', 'Lewandowska', 'Byrne', 'Doyle',
  'Gallagher', 'Kavanagh', 'McCarthy', 'Quinn', 'Evans', 'Griffiths', 'Price', 'Morgan', 'Pritchard', 'Fraser', 'Campbell', 'Murray',
  'Henderson', 'Walsh', 'Thornton', 'Fletcher', 'Barker', 'Sutton', 'Holloway', 'Pearson', 'Marsh', 'Lambert', 'Rowe', 'Chambers',
  'Wong', 'Chen', 'Nguyen', 'Tran', 'Silva', 'Ferreira', 'Costa', 'Popescu', 'Ionescu', 'Yilmaz', 'Demir', 'Abdi',
  'Farah', 'Warsame', 'Grant', 'Francis', 'Bennett', 'Ellis', 'Whitfield', 'Ashworth', 'Crossley', 'Hargreaves',
];

export const STAFF_SURNAMES: readonly string[] = [
  'Achebe', 'Brennan', 'Castellano', 'Dunmore', 'Eastwood', 'Fairbairn', 'Gorecka', 'Halloran', 'Ishikawa', 'Jeffries',
  'Kaur', 'Lindqvist', 'Mbeki', 'Northcott', 'Oyelaran', 'Penhaligon', 'Quayle', 'Radcliffe', 'Szabo', 'Treharne',
  'Umeh', 'Varga', 'Whitmore', 'Yeoman', 'Zielinski', 'Ashdown', 'Blackwood', 'Cavendish', 'Devlin', 'Ekwueme',
  'Fenwick', 'Goldsworthy', 'Hadley', 'Ingram', 'Jaworski', 'Kingsley', 'Lomax', 'Mistry', 'Nkemelu', 'Oduya',
  'Pemberton', 'Rajan', 'Sowerby', 'Tilbury', 'Underwood', 'Vasquez', 'Winterbottom', 'Yardley',
];

const WOMEN_TITLES = ['Ms', 'Mrs', 'Miss', 'Dr'] as const;
const MEN_TITLES = ['Mr', 'Mr', 'Dr'] as const;

/** A pupil's name not yet in `taken` (keys `forename surname`, lower case), which it then joins. */
export function pupilName(random: Random, gender: 'F' | 'M', taken: Set<string>): { forename: string; surname: string } {
  const forenames = gender === 'F' ? GIRLS_FORENAMES : BOYS_FORENAMES;
  for (;;) {
    const forename = random.pick(forenames);
    const surname = random.pick(SURNAMES);
    const key = `${forename} ${surname}`.toLowerCase();
    if (taken.has(key)) continue;
    taken.add(key);
    return { forename, surname };
  }
}

/** A member of staff as schools write them on timetables: `Ms Achebe`. */
export function staffName(random: Random, taken: Set<string>): string {
  for (let attempt = 0; ; attempt += 1) {
    const title = random.chance(0.6) ? random.pick(WOMEN_TITLES) : random.pick(MEN_TITLES);
    const surname = random.pick(STAFF_SURNAMES);
    // Past the list's size, a double-barrelled surname keeps names distinct at any school size.
    const name = attempt < 40 ? `${title} ${surname}` : `${title} ${surname}-${random.pick(STAFF_SURNAMES)}`;
    if (taken.has(surname) && attempt < 40) continue;
    if (taken.has(name)) continue;
    taken.add(surname);
    taken.add(name);
    return name;
  }
}
