import type { PdcaCycleInput } from '../../schema/pdca';
import type { SopAckInput, SopInput, SopVersionInput } from '../../schema/sop';
import type { Sample } from '../types';
import type { RoutinesContext } from './context';

// The sample's process documents and improvement: three SOPs (order processing in two versions) and who
// read which, and the PDCA cycle on the error rate whose Act became the order SOP's second version.

export function sampleSops(c: RoutinesContext) {
  const { say2, day, at, id, handlers, lead, service, analyst } = c;
  // SOPs: order processing in two versions (v2 adds the second check the PDCA cycle brought in).
  const steps1 = [
    say2('核对客户、产品和数量', 'Check the customer, products and quantities'),
    say2('确认库存', 'Confirm the stock'),
    say2('安排发货并通知客户', 'Book the shipment and tell the customer'),
  ];
  const steps2 = [
    ...steps1.slice(0, 2),
    say2('混装订单由第二人复核', 'A second person checks every mixed order'),
    ...steps1.slice(2),
  ];
  const body = (title: string, steps: readonly string[]) =>
    `# ${title}\n\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`;
  const sop = (title: string, process: SopInput['process'], ownerId: string, reviewOn: string) => ({
    id: id(),
    input: { title, process, ownerId, reviewOn, draft: '' },
  });
  const orderSop = sop(say2('订单处理流程', 'Processing an order'), 'order_processing', lead.id, day(150));
  const complaintSop = sop(
    say2('客户投诉处理', 'Handling a customer complaint'),
    'customer_service',
    service.id,
    day(90),
  );
  const dataSop = sop(
    say2('客户资料外发规定', 'Sending customer data outside the office'),
    'data_management',
    analyst.id,
    day(270),
  );
  const version = (sopId: string, n: number, words: string, note: string, published: number) => ({
    id: id(),
    input: { sopId, version: n, body: words, note, publishedAt: at(published, 10) },
  });
  const sopVersions: Sample<SopVersionInput>[] = [
    version(orderSop.id, 1, body(orderSop.input.title, steps1), say2('首版', 'First version'), -120),
    version(
      orderSop.id,
      2,
      body(orderSop.input.title, steps2),
      say2('增加混装订单复核', 'A second check of mixed orders'),
      -28,
    ),
    version(
      complaintSop.id,
      1,
      body(complaintSop.input.title, [
        say2(
          '记录投诉并告知客户处理时限',
          'Log the complaint and tell the customer when to expect an answer',
        ),
        say2('调查原因', 'Find the cause'),
        say2('解决后回访客户满意度', 'Ask the customer how satisfied they are'),
      ]),
      say2('首版', 'First version'),
      -200,
    ),
    version(
      dataSop.id,
      1,
      body(dataSop.input.title, [
        say2('只发送对方需要的字段', 'Send only the fields they need'),
        say2('文件加密后发送', 'Encrypt the file before sending'),
      ]),
      say2('首版', 'First version'),
      -90,
    ),
  ];
  const ack = (sopId: string, n: number, staffId: string, offset: number) => ({
    id: id(),
    input: { sopId, version: n, staffId, at: at(offset, 11) },
  });
  const sopAcks: Sample<SopAckInput>[] = [
    ...handlers.slice(0, 3).map((s, i) => ack(orderSop.id, 2, s.id, -25 + i)),
    ...handlers.slice(3, 4).map((s) => ack(orderSop.id, 1, s.id, -110)),
    ack(complaintSop.id, 1, service.id, -190),
  ];
  return { sops: [orderSop, complaintSop, dataSop], sopVersions, sopAcks, orderSop };
}

export function samplePdca(c: RoutinesContext, orderSop: Sample<SopInput>): Sample<PdcaCycleInput> {
  const { say2, day, id } = c;
  const pdca: Sample<PdcaCycleInput> = {
    id: id(),
    input: {
      title: say2('减少退回修改的订单', 'Fewer orders returned for correction'),
      process: 'order_processing',
      phase: 'act',
      problem: say2('混装订单常因规格错误被退回。', 'Mixed orders often come back with the wrong sizes.'),
      metric: 'errorRate',
      goalId: null,
      target: 2,
      measures: say2(
        '混装订单发货前由第二人复核。',
        'A second person checks every mixed order before it ships.',
      ),
      beforeFrom: day(-90),
      beforeTo: day(-61),
      afterFrom: day(-30),
      afterTo: day(-1),
      checkNote: '',
      sopId: orderSop.id,
      sopVersion: 2,
      dutyId: null,
      actNote: say2('复核写入订单处理流程第 2 版。', 'The second check is in version 2 of the order SOP.'),
    },
  };
  return pdca;
}
