/** The hand-off domain: tickets, their life cycle and their storage seam. */
export * from './ticket.js';
export * from './ticketId.js';
export * from './ticketRepository.js';
export * from './ticketTransitions.js';
export * from './ticketService.js';
export * from './ticketOutbox.js';
export * from './newTicket.js';
