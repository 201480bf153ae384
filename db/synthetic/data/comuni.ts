/**
 * Comuni where the seed projects work (Turin metropolitan area, Lazio, the
 * FAMI partner provinces) and the large cities, with their province for the
 * codice fiscale and a rough weight. Names as in the Agenzia delle Entrate list.
 */
export interface Comune {
  name: string;
  province: string;
  weight: number;
}

type Row = readonly [name: string, province: string, weight: number];

const ROWS: readonly Row[] = [
  ['Torino', 'TO', 120],
  ['Moncalieri', 'TO', 12],
  ['Collegno', 'TO', 10],
  ['Grugliasco', 'TO', 8],
  ['Nichelino', 'TO', 10],
  ['Settimo Torinese', 'TO', 9],
  ['Orbassano', 'TO', 6],
  ['Piossasco', 'TO', 5],
  ['Rivalta di Torino', 'TO', 5],
  ['Chieri', 'TO', 6],
  ['Pinerolo', 'TO', 7],
  ['Ivrea', 'TO', 5],
  ['Carmagnola', 'TO', 5],
  ['Venaria Reale', 'TO', 6],
  ['Rivoli', 'TO', 8],
  ['Roma', 'RM', 120],
  ['Guidonia Montecelio', 'RM', 8],
  ['Fiumicino', 'RM', 6],
  ['Ladispoli', 'RM', 5],
  ['Frosinone', 'FR', 8],
  ['Cassino', 'FR', 4],
  ['Latina', 'LT', 10],
  ['Fondi', 'LT', 5],
  ['Viterbo', 'VT', 5],
  ['Pisa', 'PI', 10],
  ['Pontedera', 'PI', 5],
  ['Foggia', 'FG', 9],
  ['San Severo', 'FG', 5],
  ['Cerignola', 'FG', 4],
  ['Piacenza', 'PC', 10],
  ['Ancona', 'AN', 9],
  ['Jesi', 'AN', 4],
  ['Treviso', 'TV', 9],
  ['Conegliano', 'TV', 5],
  ['Castelfranco Veneto', 'TV', 4],
  ['Milano', 'MI', 90],
  ['Sesto San Giovanni', 'MI', 8],
  ['Bologna', 'BO', 30],
  ['Napoli', 'NA', 25],
  ['Castel Volturno', 'CE', 6],
  ['Palermo', 'PA', 15],
  ['Genova', 'GE', 18],
  ['Firenze', 'FI', 20],
  ['Prato', 'PO', 14],
  ['Bari', 'BA', 10],
  ['Verona', 'VR', 14],
  ['Padova', 'PD', 12],
  ['Brescia', 'BS', 16],
  ['Bergamo', 'BG', 10],
  ["Reggio nell'Emilia", 'RE', 10],
  ['Modena', 'MO', 10],
  ['Parma', 'PR', 10],
  ['Cesena', 'FC', 6],
  ['Forlì', 'FC', 6],
  ['Ragusa', 'RG', 5],
  ['Vittoria', 'RG', 5],
  ['Catania', 'CT', 8],
  ['Cagliari', 'CA', 5],
  ['Trieste', 'TS', 6],
  ['Bolzano', 'BZ', 5],
  ['Cuneo', 'CN', 5],
  ['Alessandria', 'AL', 6],
  ['Asti', 'AT', 5],
  ['Novara', 'NO', 6],
  ['Cantù', 'CO', 3],
  ["Sant'Antioco", 'SU', 1],
];

export const COMUNI: readonly Comune[] = ROWS.map(([name, province, weight]) => ({
  name,
  province,
  weight,
}));
